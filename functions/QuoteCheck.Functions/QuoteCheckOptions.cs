using System.ComponentModel.DataAnnotations;

namespace QuoteCheck.Functions;

/// <summary>QuoteCheck's settings, bound from the <c>QuoteCheck</c> configuration section.</summary>
public sealed class QuoteCheckOptions
{
    /// <summary>The configuration section name (<c>QuoteCheck__ArticlesQueue</c> as an app setting).</summary>
    public const string SectionName = "QuoteCheck";

    /// <summary>The queue articles are dropped into; the host moves failures to <c>{queue}-poison</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "ArticlesQueue must be a valid queue name (3-56 lower-case letters, digits and single hyphens; 7 characters are kept for '-poison').")]
    public string ArticlesQueue { get; set; } = QueueNames.Articles;

    /// <summary>The blob container for article bodies too large for a queue message or a table row.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "BlobContainer must be a valid container name.")]
    public string BlobContainer { get; set; } = "articles";

    /// <summary>A prefix for every table name, so several environments (or test runs) can share an account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,29})?$", ErrorMessage = "TablePrefix must be empty or start with a letter and hold at most 30 letters and digits.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Articles longer than this many characters are rejected with a reason.</summary>
    [Range(1, 5_000_000)]
    public int MaxArticleChars { get; set; } = 1_000_000;

    /// <summary>How long one article may take to process; keep it below host.json's functionTimeout (5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:04:50")]
    public TimeSpan IngestionTimeout { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>The index sweeper's queue: repairs armed by the write path surface here if a write died half done.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "IndexRepairQueue must be a valid queue name.")]
    public string IndexRepairQueue { get; set; } = QueueNames.IndexRepairs;

    /// <summary>The linker's queue: each stored article is linked with the same quotes in other articles from here.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = "LinkQueue must be a valid queue name (7 characters are kept for '-poison').")]
    public string LinkQueue { get; set; } = QueueNames.QuoteLinks;

    /// <summary>How long an armed index repair stays invisible: longer than a write and its index rows take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan IndexRepairDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many partitions each hour of each state's review queue spreads over. 1 keeps the queue strictly newest
    /// first; more spread writes past Table Storage's 2,000 entities/s per partition (see docs/scale.md), at the cost
    /// of newest-first holding per hour and shard. Fixed per article when it is first stored.
    /// </summary>
    [Range(1, 64)]
    public int IndexShards { get; set; } = 1;

    /// <summary>Articles whose extraction finds more quotes are rejected with the reason.</summary>
    [Range(1, 5_000)]
    public int MaxQuotesPerArticle { get; set; } = 2_000;

    /// <summary>The longest title accepted, in characters (it is copied onto every quote's rows).</summary>
    [Range(1, 4_000)]
    public int MaxTitleChars { get; set; } = 1_000;

    /// <summary>The longest url accepted, in characters.</summary>
    [Range(1, 8_000)]
    public int MaxUrlChars { get; set; } = 2_048;

    /// <summary>The longest source accepted, in characters (it is copied onto every quote's rows).</summary>
    [Range(1, 1_000)]
    public int MaxSourceChars { get; set; } = 256;

    /// <summary>The name of the poison queue the Functions host uses for <see cref="ArticlesQueue"/>.</summary>
    public string PoisonQueue => ArticlesQueue + "-poison";
}

/// <summary>Queue names shared by the function attributes, both hosts and the command-line tool.</summary>
public static class QueueNames
{
    /// <summary>The articles queue (the Functions app binds to it by this literal name).</summary>
    public const string Articles = "articles";

    /// <summary>The index sweeper's queue (the Functions app binds to it by this literal name).</summary>
    public const string IndexRepairs = "index-repairs";

    /// <summary>The linker's queue (the Functions app binds to it by this literal name).</summary>
    public const string QuoteLinks = "quote-links";
}
