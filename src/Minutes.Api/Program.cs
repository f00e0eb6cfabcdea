using Minutes.Api;
using Minutes.Api.Endpoints;

var builder = WebApplication.CreateBuilder(ApiHost.Options(args));
builder.AddMinutesApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseCors();
app.UseRateLimiter();

app.MapOpenApi();
app.MapHealthApi();
app.MapSearchApi();
app.MapSuggestApi();
app.MapAskApi();
app.MapDecisionApi();
app.MapDecisionExportApi();
app.MapMeetingApi();
app.MapDocumentApi();
app.MapAdminApi();
app.Run();
