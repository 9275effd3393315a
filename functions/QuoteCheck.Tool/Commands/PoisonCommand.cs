using System.CommandLine;
using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using QuoteCheck.Core.Security;
using QuoteCheck.Functions.Ingestion;
using QuoteCheck.Functions.Storage;

namespace QuoteCheck.Cli.Commands;

/// <summary>
/// <c>quotecheck poison list|replay</c>: inspect the messages the host gave up on, and requeue them after a fix.
/// Messages move byte for byte: what the producer sent is what the trigger sees again.
/// </summary>
internal static class PoisonCommand
{
    public static Command Create()
    {
        var list = new Command("list", "Show the messages in the poison queue (the first 32; the count is approximate).");
        StorageOptions.AddTo(list);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = StorageOptions.BuildServices(parse);
            var poison = services.GetRequiredService<PoisonInspector>();
            var (count, messages) = await poison.PeekAsync(cancellationToken);
            output.WriteLine($"{poison.Raw.Name}: about {count} message(s).");
            foreach (var message in messages)
            {
                output.WriteLine($"{message.MessageId}  queued {message.InsertedOn:u}  tried {message.DequeueCount}x  {(message.IsBase64 ? "base64" : "NOT base64")}  {Preview(message.Text)}");
            }

            var drained = await services.GetRequiredService<PoisonRecords>().ListAsync(1_000, cancellationToken);
            output.WriteLine($"Drained into records (every five minutes): {drained.Count}.");
            foreach (var record in drained)
            {
                output.WriteLine($"{record.MessageId}  drained {record.DrainedAt:u}  article {record.ArticleId}  tried {(record.DequeueCount is { } n ? $"{n}x" : "?")}  {(record.IsBase64 ? "base64" : "NOT base64")}  {Preview(record.Reason)}  {Preview(record.Text)}");
            }

            return 0;
        });

        var all = new Option<bool>("--all") { Description = "Replay every message." };
        var id = new Argument<string?>("messageId") { Description = "The message to replay (from 'poison list').", Arity = ArgumentArity.ZeroOrOne };
        var encode = new Option<bool>("--encode") { Description = "Base64-encode messages that are not, so the trigger can decode them (for producers that sent plain text)." };
        var replay = new Command("replay", "Move messages from the poison queue, or drained poison records, back to the articles queue.") { id, all, encode };
        StorageOptions.AddTo(replay);
        replay.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(id) is not null))
            {
                result.AddError("Name one messageId, or pass --all.");
            }
        });
        replay.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = StorageOptions.BuildServices(parse);
            var layout = services.GetRequiredService<StorageLayout>();
            var poison = Raw(services, layout.PoisonQueue);
            var target = Raw(services, layout.ArticlesQueue);
            var wanted = parse.GetValue(id);
            var encodePlain = parse.GetValue(encode);
            int replayed = 0, skipped = 0;
            var found = false;

            // Messages left in place stay hidden until the scan ends, so it walks the whole queue once.
            var leftInPlace = new List<QueueMessage>();
            while (!found)
            {
                var batch = (await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken)).Value;
                if (batch.Length == 0)
                {
                    break;
                }

                foreach (var message in batch)
                {
                    if (wanted is not null && message.MessageId != wanted)
                    {
                        leftInPlace.Add(message);
                        continue;
                    }

                    found = wanted is not null;
                    var (text, base64) = PoisonInspector.Decode(message.Body);
                    if (!base64 && !encodePlain)
                    {
                        skipped++;
                        output.WriteLine($"skipped  {message.MessageId}: not base64, so the trigger would fail to decode it again; use --encode to send it encoded.");
                        leftInPlace.Add(message);
                        continue;
                    }

                    var body = base64 ? message.Body.ToString() : Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

                    // Send before delete: a crash in between replays twice, which ingestion absorbs (idempotent).
                    await target.SendMessageAsync(body, cancellationToken);
                    await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    replayed++;
                    output.WriteLine($"replayed {message.MessageId}  {Preview(text)}");
                }

            }

            foreach (var message in leftInPlace)
            {
                await poison.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
            }

            // Messages the drain already moved into records replay from the record, byte for byte.
            var records = services.GetRequiredService<PoisonRecords>();
            var fromRecords = found ? [] : wanted is not null
                ? (await records.GetAsync(wanted, cancellationToken) is { } one ? [one] : [])
                : await records.ListAsync(int.MaxValue, cancellationToken);
            foreach (var record in fromRecords)
            {
                if (!record.IsBase64 && !encodePlain)
                {
                    skipped++;
                    output.WriteLine($"skipped  {record.MessageId}: not base64, so the trigger would fail to decode it again; use --encode to send it encoded.");
                    continue;
                }

                await target.SendMessageAsync(record.IsBase64 ? record.RawMessage : Convert.ToBase64String(Encoding.UTF8.GetBytes(record.Text)), cancellationToken);
                await records.DeleteAsync(record.MessageId, cancellationToken);
                replayed++;
                output.WriteLine($"replayed {record.MessageId} (drained record)  {Preview(record.Text)}");
            }

            output.WriteLine($"{replayed} replayed to '{target.Name}', {skipped} skipped.");
            return wanted is not null && replayed == 0 ? 1 : 0;
        });

        return new Command("poison", "Inspect and replay messages in the poison queue.") { list, replay };
    }

    /// <summary>A client on the same queue that moves message text as it is, without encoding.</summary>
    private static QueueClient Raw(IServiceProvider services, QueueClient queue) =>
        services.GetRequiredService<StorageConnection>().RawQueues.GetQueueClient(queue.Name);

    /// <summary>One line of a message for the console: whitespace flattened, SAS signatures and keys redacted, at most 100 characters.</summary>
    private static string Preview(string text)
    {
        var flat = string.Join(' ', SecretRedaction.Redact(text)!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 100 ? flat : flat[..99] + "\u2026";
    }
}
