using FluentValidation;
using Jipp.Application.Hubs.ListHubs;
using Jipp.Domain.Hubs;

namespace Jipp.Application.Tests;

public sealed class ValidatorTests
{
    private readonly ListHubsValidator _validator = new();

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void Page_sizes_from_1_to_100_are_accepted(int pageSize)
    {
        Assert.True(_validator.Validate(new ListHubs(null, null, pageSize, null)).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Page_sizes_outside_1_to_100_are_refused_with_a_message(int pageSize)
    {
        var result = _validator.Validate(new ListHubs(null, null, pageSize, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(ListHubs.PageSize), error.PropertyName);
        Assert.Contains("between 1 and 100", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_status_value_is_refused()
    {
        var result = _validator.Validate(new ListHubs((HubStatus)42, null, 20, null));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ListHubs.Status));
    }

    [Fact]
    public void Validation_messages_name_fields_as_callers_write_them()
    {
        var result = _validator.Validate(new ListHubs(null, 1800, 20, "x"));

        Assert.Contains(result.Errors, e => e.ErrorMessage.StartsWith("designationYear", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.ErrorMessage.StartsWith("cursor", StringComparison.Ordinal));
        Assert.IsType<ValidationException>(new ValidationException(result.Errors));
    }
}
