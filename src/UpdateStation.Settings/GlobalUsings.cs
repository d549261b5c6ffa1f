global using Tomlyn.Syntax;
