using System.ComponentModel.DataAnnotations;
using System.Net;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Tests.Network;

public sealed class AddressRulesTests
{
    private static readonly AddressRules PublicOnly = new([]);

    public static TheoryData<string, string> Forbidden => new()
    {
        { "127.0.0.1", "127.0.0.0/8" },
        { "127.255.255.254", "127.0.0.0/8" },
        { "10.1.2.3", "10.0.0.0/8" },
        { "172.16.0.1", "172.16.0.0/12" },
        { "172.31.255.255", "172.16.0.0/12" },
        { "192.168.1.1", "192.168.0.0/16" },
        { "169.254.169.254", "169.254.0.0/16" },
        { "100.64.0.1", "100.64.0.0/10" },
        { "100.127.255.255", "100.64.0.0/10" },
        { "224.0.0.1", "224.0.0.0/4" },
        { "239.255.255.250", "224.0.0.0/4" },
        { "0.0.0.0", "0.0.0.0/8" },
        { "255.255.255.255", "240.0.0.0/4" },
        { "::", "::/128" },
        { "::1", "::1/128" },
        { "::ffff:127.0.0.1", "127.0.0.0/8" },
        { "::ffff:192.168.0.1", "192.168.0.0/16" },
        { "::ffff:169.254.169.254", "169.254.0.0/16" },
        { "::127.0.0.1", "::/96" },
        { "fc00::1", "fc00::/7" },
        { "fd12:3456:789a::1", "fc00::/7" },
        { "fe80::1", "fe80::/10" },
        { "ff02::1", "ff00::/8" },
        { "64:ff9b::7f00:1", "127.0.0.0/8" },
        { "2002:c0a8:101::1", "192.168.0.0/16" },
    };

    [Theory, MemberData(nameof(Forbidden))]
    public void Addresses_that_are_not_on_the_public_internet_are_refused(string address, string network) =>
        Assert.Equal(network, PublicOnly.Refusal(IPAddress.Parse(address))?.Network.ToString());

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("203.162.4.190")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address) => Assert.Null(PublicOnly.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void An_allow_listed_network_opens_itself_and_nothing_else()
    {
        var rules = new AddressRules([IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("fd00::/8")]);

        Assert.Null(rules.Refusal(IPAddress.Parse("127.0.0.1")));
        Assert.Null(rules.Refusal(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.Null(rules.Refusal(IPAddress.Parse("fd00::5")));
        Assert.Equal("::1/128", rules.Refusal(IPAddress.Parse("::1"))?.Network.ToString());
        Assert.Equal("10.0.0.0/8", rules.Refusal(IPAddress.Parse("10.0.0.1"))?.Network.ToString());
        Assert.Equal("fc00::/7", rules.Refusal(IPAddress.Parse("fc00::1"))?.Network.ToString());
    }

    [Theory]
    [InlineData("localhost", "localhost resolves to")]
    [InlineData("127.1", "127.0.0.1 is in 127.0.0.0/8 (loopback)")]
    [InlineData("0x7f.1", "127.0.0.1 is in 127.0.0.0/8 (loopback)")]
    [InlineData("2130706433", "127.0.0.1 is in 127.0.0.0/8 (loopback)")]
    [InlineData("::ffff:127.0.0.1", "::ffff:127.0.0.1 is in 127.0.0.0/8 (loopback)")]
    public async Task Names_and_every_spelling_of_an_address_are_judged_by_what_they_resolve_to(string host, string message)
    {
        var refused = await Assert.ThrowsAsync<AddressRefusedException>(() => PublicOnly.ResolveAsync(host, CancellationToken.None));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.True(IPAddress.IsLoopback(ForbiddenNetworks.Reached(refused.Address)), refused.Address.ToString());
    }

    [Theory]
    [InlineData("10.20.0.0/16", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("127.0.0.1/32", true)]
    [InlineData("127.0.0.1/8", false)]
    [InlineData("10.20.0.0", false)]
    [InlineData("mạng nội bộ", false)]
    public void Allowed_networks_must_be_written_in_CIDR(string network, bool valid)
    {
        var options = new EvaluatorOptions { AllowedNetworks = [network] };

        var problems = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true));
        Assert.Equal(valid ? [] : [$"Evaluator:AllowedNetworks: '{network}' is not a network in CIDR notation with no bits set after its prefix, e.g. 10.20.0.0/16 or fd00::/8."],
            problems.Select(p => p.ErrorMessage));
    }
}
