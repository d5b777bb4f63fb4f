using GraphExplorer.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphExplorer();

var app = builder.Build();
if (await app.RunSeedCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.MapGraphExplorer();
await app.RunAsync();
return 0;

public partial class Program;
