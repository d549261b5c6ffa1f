using System.Text;
using System.Text.Json;

namespace UpdateStation.Instance.Tests;

/// <summary>The hand-written reader of instance.json takes exactly what the serializer's generated reader takes.</summary>
public sealed class InstanceStateReaderTests
{
    public static TheoryData<InstanceState> States() => new(
        new InstanceState(4242, 123_456_789_012, InstanceState.TrayMode, DateTimeOffset.Parse("2026-11-26T13:40:00.4224487+01:00"), 0, false, null),
        new InstanceState(1, ulong.MaxValue, InstanceState.CheckNowMode, DateTimeOffset.UnixEpoch, long.MaxValue, true,
            new CheckSummary(DateTimeOffset.Parse("2026-11-26T13:41:02Z"), 12, 3, null)),
        new InstanceState(int.MaxValue, 7, "tray \"quoted\" \u00e9\u4e2d\n", DateTimeOffset.MinValue, 5, false,
            new CheckSummary(DateTimeOffset.MaxValue, 0, 0, "apt-get: E: \"Could not\" \\ open lock \u0001 \ud83d\ude00")));

    [Theory]
    [MemberData(nameof(States))]
    public void Read_WhatTheSerializerWrote_IsTheSameState(InstanceState state)
    {
        var json = StateFile.Serialize(state);

        var read = InstanceStateReader.Read(json);

        Assert.Equal(state, read);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("  {\"pid\":-5,\"mode\":\"tray\"}\n")]
    [InlineData("{\"Pid\":1,\"MODE\":\"tray\"}")]
    [InlineData("{\"pid\":1,\"extra\":{\"a\":[1,{\"b\":null}]},\"more\":[],\"mode\":\"tray\",\"x\":\"y\"}")]
    [InlineData("{\"lastCheck\":{\"updates\":3,\"error\":null,\"other\":true}}")]
    [InlineData("{\"lastCheck\":null,\"mode\":null}")]
    [InlineData("{\"mode\":\"\\u0074ray\",\"startedAt\":\"2026-11-26T13:40:00Z\"}")]
    [InlineData("{\"pid\":\"1\"}")]
    [InlineData("{\"pid\":1.5}")]
    [InlineData("{\"pid\":1e3}")]
    [InlineData("{\"pid\":null}")]
    [InlineData("{\"pid\":99999999999}")]
    [InlineData("{\"processStartTime\":-1}")]
    [InlineData("{\"checking\":1}")]
    [InlineData("{\"checking\":null}")]
    [InlineData("{\"mode\":5}")]
    [InlineData("{\"mode\":[\"tray\"]}")]
    [InlineData("{\"startedAt\":\"not a date\"}")]
    [InlineData("{\"startedAt\":null}")]
    [InlineData("{\"lastCheck\":[]}")]
    [InlineData("{\"lastCheck\":{\"updates\":null}}")]
    [InlineData("{\"lastCheck\":{\"error\":3}}")]
    [InlineData("{\"pid\":1}{\"pid\":2}")]
    [InlineData("{\"pid\":1} // a comment")]
    [InlineData("{\"pid\":1,}")]
    [InlineData("{\"pid\":1")]
    [InlineData("[]")]
    [InlineData("\"tray\"")]
    [InlineData("")]
    [InlineData("{'pid':1}")]
    public void Read_AnyContent_AgreesWithTheSerializer(string content)
    {
        var json = Encoding.UTF8.GetBytes(content);
        var expected = Outcome(() => JsonSerializer.Deserialize(json, InstanceJsonContext.Default.InstanceState));

        var actual = Outcome(() => InstanceStateReader.Read(json));

        Assert.Equal(expected, actual);
    }

    /// <summary>The state read, or that it was refused as JSON.</summary>
    private static object Outcome(Func<InstanceState?> read)
    {
        try
        {
            return read() ?? (object)"null";
        }
        catch (JsonException)
        {
            return "refused";
        }
    }
}
