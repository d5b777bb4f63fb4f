using GraphExplorer.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphExplorer();

var app = builder.Build();
app.MapGraphExplorer();
app.Run();

public partial class Program;
