using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jipp.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service; it never connects.</summary>
public sealed class JippDbContextFactory : IDesignTimeDbContextFactory<JippDbContext>
{
    public JippDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JippDbContext>();
        DependencyInjection.Configure(options, "Host=localhost;Database=jipp_design_time");
        return new JippDbContext(options.Options);
    }
}
