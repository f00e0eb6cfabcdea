namespace Minutes.Api.Tests;

/// <summary>Waits for something the app does in the background; generous, because CI machines are slow, and never a timing assertion.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string? what = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited in vain for {what ?? "the condition"}");
    }
}
