using System.Text.Json.Serialization;

namespace QuoteCheck.Core.Extraction;

/// <summary>
/// A boosted tree ensemble with a Platt calibrator, as trained by ML.NET's FastTree binary classifier and exported by
/// <c>quotecheck train</c>: the probability that a feature vector is a positive example. Evaluated here, without
/// ML.NET, in a few hundred comparisons.
/// </summary>
public sealed class TreeEnsemble
{
    /// <summary>The ensemble's constant term.</summary>
    public required double Bias { get; init; }

    /// <summary>The calibrator: probability = 1 / (1 + exp(<see cref="PlattSlope"/> × score + <see cref="PlattOffset"/>)).</summary>
    public required double PlattSlope { get; init; }

    /// <summary>The calibrator's offset.</summary>
    public required double PlattOffset { get; init; }

    private RegressionTreeModel[] _trees = [];

    // Every tree's internal nodes in one array and its weighted leaf values in another, so that a score walks
    // contiguous memory: a child c >= 0 is node c, a child c < 0 is weighted leaf ~c; a tree's root is _roots[i].
    private TreeNode[] _nodes = [];
    private double[] _weightedLeaves = [];
    private int[] _roots = [];

    /// <summary>The trees, each weighted.</summary>
    public required IReadOnlyList<RegressionTreeModel> Trees
    {
        get => _trees;
        init
        {
            _trees = [.. value];
            Flatten();
        }
    }

    /// <summary>The uncalibrated score: the bias plus each tree's weighted leaf value.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        var nodes = _nodes;
        var leaves = _weightedLeaves;
        var score = Bias;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                ref readonly var n = ref nodes[node];
                node = features[n.Split] <= n.Threshold ? n.Left : n.Right;
            }

            score += leaves[~node];
        }

        return score;
    }

    /// <summary>The calibrated probability that <paramref name="features"/> describe a positive example.</summary>
    public double Probability(ReadOnlySpan<float> features) => 1 / (1 + Math.Exp((PlattSlope * Score(features)) + PlattOffset));

    private void Flatten()
    {
        var nodes = new List<TreeNode>();
        var leaves = new List<double>();
        _roots = new int[_trees.Length];
        for (var i = 0; i < _trees.Length; i++)
        {
            var tree = _trees[i];
            var nodeOffset = nodes.Count;
            var leafOffset = leaves.Count;
            foreach (var leaf in tree.LeafValues)
                leaves.Add(tree.Weight * leaf); // the product Score added before, so scores stay the same to the bit
            if (tree.Split.Length == 0)
            {
                _roots[i] = ~leafOffset;
                continue;
            }

            _roots[i] = nodeOffset;
            for (var k = 0; k < tree.Split.Length; k++)
                nodes.Add(new TreeNode(tree.Split[k], tree.Threshold[k], Child(tree.Left[k]), Child(tree.Right[k])));

            int Child(int c) => c >= 0 ? c + nodeOffset : ~(~c + leafOffset);
        }

        _nodes = [.. nodes];
        _weightedLeaves = [.. leaves];
    }

    private readonly record struct TreeNode(int Split, float Threshold, int Left, int Right);
}

/// <summary>One regression tree: node <c>i</c> goes left when feature <c>Split[i]</c> ≤ <c>Threshold[i]</c>; a negative child <c>c</c> is leaf <c>~c</c>.</summary>
public sealed class RegressionTreeModel
{
    /// <summary>The tree's weight in the ensemble.</summary>
    public required double Weight { get; init; }

    /// <summary>The feature each internal node splits on.</summary>
    public required int[] Split { get; init; }

    /// <summary>The threshold each internal node compares with.</summary>
    public required float[] Threshold { get; init; }

    /// <summary>Each internal node's child for values at or below the threshold.</summary>
    public required int[] Left { get; init; }

    /// <summary>Each internal node's child for values above the threshold.</summary>
    public required int[] Right { get; init; }

    /// <summary>The leaf values.</summary>
    [JsonPropertyName("leaf")]
    public required double[] LeafValues { get; init; }

    /// <summary>The value of the leaf <paramref name="features"/> reach.</summary>
    public double Leaf(ReadOnlySpan<float> features)
    {
        var split = Split;
        if (split.Length == 0)
            return LeafValues[0];
        var threshold = Threshold;
        var left = Left;
        var right = Right;
        var node = 0;
        while (node >= 0)
            node = features[split[node]] <= threshold[node] ? left[node] : right[node];
        return LeafValues[~node];
    }
}

/// <summary>The committed quote classifier: which quoted spans to report, and how likely each is attributed right.</summary>
public sealed class QuoteModel
{
    /// <summary>The feature names in vector order; must equal the extractor's.</summary>
    public required IReadOnlyList<string> Features { get; init; }

    /// <summary>Where the training data came from and how it was trained, for the record.</summary>
    public required string TrainedOn { get; init; }

    /// <summary>The random seed of the training run.</summary>
    public required int Seed { get; init; }

    /// <summary>Spans whose <see cref="Span"/> probability reaches this are reported.</summary>
    public required double ReportThreshold { get; init; }

    /// <summary>Spans whose <see cref="EndToEnd"/> probability is below this are not reported either: too likely given to the wrong person.</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>P(the span is a quote a labeller would mark); null in a model that only ranks mentions.</summary>
    public TreeEnsemble? Span { get; init; }

    /// <summary>P(the span is such a quote and its speaker mention is right): the quote's confidence.</summary>
    public TreeEnsemble? EndToEnd { get; init; }

    /// <summary>The mention ranker's feature names in vector order.</summary>
    public IReadOnlyList<string> MentionFeatures { get; init; } = [];

    /// <summary>P(a candidate mention is the quote's speaker): the best one is the quote's mention.</summary>
    public TreeEnsemble? Mention { get; init; }

    /// <summary>The figures the training run measured, for the record.</summary>
    public IReadOnlyDictionary<string, double> Measured { get; init; } = new Dictionary<string, double>();
}
