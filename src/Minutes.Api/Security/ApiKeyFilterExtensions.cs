namespace Minutes.Api.Security;

/// <summary>Adds <see cref="ApiKeyFilter"/> to a route group.</summary>
internal static class ApiKeyFilterExtensions
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>();
}
