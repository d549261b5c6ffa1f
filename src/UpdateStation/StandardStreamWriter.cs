using System.Text;

namespace UpdateStation;

/// <summary>A TextWriter over a standard descriptor, UTF-8 without a BOM, where each call is one <see cref="Emit"/> (one write(2)).</summary>
internal abstract class StandardStreamWriter : TextWriter
{
    protected static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Emit([value]);

    public override void Write(char[] buffer, int index, int count) => Emit(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Emit(buffer);

    public override void Write(string? value) => Emit(value);

    public override void WriteLine(string? value) => Emit(string.Concat(value, NewLine));

    public override void WriteLine(ReadOnlySpan<char> buffer) => Emit(string.Concat(buffer, NewLine));

    /// <summary>Writes <paramref name="text"/>, or says what the derived stream does when it cannot.</summary>
    protected abstract void Emit(ReadOnlySpan<char> text);

    protected static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Utf8.GetByteCount(text)];
        Utf8.GetBytes(text, bytes);
        return bytes;
    }
}
