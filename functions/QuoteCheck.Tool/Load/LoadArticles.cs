using System.Globalization;
using System.Text;

namespace QuoteCheck.Cli.Load;

/// <summary>One message of a load run and what should become of it.</summary>
/// <param name="ArticleId">The id the outcome is filed under.</param>
/// <param name="Body">The article text (null for messages that are not articles).</param>
/// <param name="Raw">The raw message bytes for invalid messages (sent as they are, base64-encoded by the queue client).</param>
/// <param name="Valid">True when the article should be processed, false when it should be rejected.</param>
internal sealed record LoadMessage(string ArticleId, string? Body, byte[]? Raw, bool Valid);

/// <summary>
/// Generates a deterministic mix of articles for load runs: small, seed-sized and large (over the queue
/// message limit, so they go through blob storage), plus duplicates and invalid messages.
/// </summary>
internal static class LoadArticles
{
    private static readonly string[] Speakers = ["Maria Lopez", "John Okafor", "Chen Wei", "Anna Novak", "Samir Haddad", "Laura Becker"];
    private static readonly string[] Roles = ["the city's mayor", "a union spokesman", "the health minister", "a senior economist", "the police chief", "an opposition lawmaker"];

    public static IReadOnlyList<LoadMessage> Generate(int count, string seedArticle, int seed = 20261125)
    {
        var random = new Random(seed);
        var messages = new List<LoadMessage>(count);
        var valid = new List<LoadMessage>();
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            LoadMessage message;
            if (roll < 0.05 && i > 0)
            {
                var kind = i % 4;
                var raw = kind switch
                {
                    0 => Encoding.UTF8.GetBytes("{\"id\": \"load-bad-" + i + "\", \"body\": \"unterminated"),
                    1 => Encoding.UTF8.GetBytes("{\"id\": \"load-bad-" + i + "\", \"body\": \"   \"}"),
                    2 => Encoding.UTF8.GetBytes("{\"id\": \"load-bad-" + i + "\", \"body\": 42}"),
                    _ => [.. Encoding.UTF8.GetBytes("{\"id\": \"load-bad-" + i + "\", \"body\": \"caf"), 0xE9, (byte)'"', (byte)'}'],
                };
                message = new LoadMessage(kind is 0 or 3 ? Core.Articles.ArticleId.FromBytes(raw) : $"load-bad-{i}", null, raw, Valid: false);
            }
            else if (roll < 0.10 && valid.Count > 0)
            {
                message = valid[random.Next(valid.Count)];
            }
            else
            {
                var body = roll < 0.12 ? Large(i, random) : roll < 0.55 ? Small(i, random) : $"Dispatch {i.ToString(CultureInfo.InvariantCulture)}.\n{seedArticle}";
                message = new LoadMessage($"load-{i.ToString("D5", CultureInfo.InvariantCulture)}", body, null, Valid: true);
                valid.Add(message);
            }

            messages.Add(message);
        }

        return messages;
    }

    private static string Small(int n, Random random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Council vote number {n} ends in a narrow result\n");
        for (var p = 0; p < 3 + random.Next(4); p++)
        {
            var who = random.Next(Speakers.Length);
            text.Append(CultureInfo.InvariantCulture, $"{Speakers[who]}, {Roles[who]}, spoke after the session on day {n}.\n");
            text.Append(CultureInfo.InvariantCulture, $"\"We have done what we promised in item {n}.{p}, and we will keep doing it,\" {Speakers[who].Split(' ')[1]} said.\n");
        }

        return text.ToString();
    }

    private static string Large(int n, Random random)
    {
        var text = new StringBuilder();
        while (text.Length < 60_000)
        {
            text.Append(Small(n, random));
            text.Append("The report runs to many pages of tables and background, none of it quoted.\n");
        }

        return text.ToString();
    }
}
