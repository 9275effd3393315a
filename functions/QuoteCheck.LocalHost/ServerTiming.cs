using System.Globalization;

namespace QuoteCheck.LocalHost;

/// <summary>
/// Adds <c>Server-Timing: app;dur=&lt;ms&gt;</c> to every response of the local host: the time from the request
/// reaching the pipeline to its response headers (the function, its storage calls and the first part of the body),
/// so a benchmark on a loaded machine can tell the server's time from the time a request waited for the client or
/// the scheduler (<c>quotecheck latency</c> reports both). Browsers show it in their network panel too.
/// </summary>
public static class ServerTiming
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "Server-Timing";

    /// <summary>Times every request that passes through the rest of the pipeline.</summary>
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app)
    {
        var time = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            var started = time.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={time.GetElapsedTime(started).TotalMilliseconds:0.00}");
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The <c>app</c> duration of a <c>Server-Timing</c> header value, in milliseconds.</summary>
    public static double? ParseDuration(string? header)
    {
        if (header is null)
        {
            return null;
        }

        foreach (var metric in header.Split(','))
        {
            var parts = metric.Split(';', StringSplitOptions.TrimEntries);
            if (parts[0] != "app")
            {
                continue;
            }

            foreach (var part in parts.Skip(1))
            {
                if (part.StartsWith("dur=", StringComparison.Ordinal) && double.TryParse(part.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                {
                    return ms;
                }
            }
        }

        return null;
    }
}
