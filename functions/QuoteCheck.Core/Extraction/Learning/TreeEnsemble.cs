using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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

    // The trees as QuickScorer (Lucchese et al., SIGIR 2015) lays them out: every internal node of every tree, grouped
    // by the feature it tests and sorted by threshold. A node whose test fails (the value is above its threshold, or
    // not a number) rules out the leaves of its left subtree, a mask over the tree's leaves numbered left to right; the
    // leaf a tree's walk would reach is its leftmost leaf not ruled out. So a score reads, for each feature, only the
    // nodes whose test fails, in a loop without the walk's hard-to-predict branches, about half the time of the walk.
    private Node[] _nodes = [];
    private int[] _featureNodes = []; // feature f's nodes are _featureNodes[f] to _featureNodes[f + 1] - 1
    private TreeMask[] _allFailing = []; // feature f's nodes merged per tree, from _allFailingStart[f]: a value above every threshold
    private int[] _allFailingStart = [];
    private double[] _weightedLeaves = []; // tree i's leaves from _leafStart[i], left to right
    private int[] _leafStart = [];
    private ulong[] _alwaysKept = []; // per tree, the leaves no node with a threshold that is not a number rules out
    private float[] _lowestThreshold = []; // per feature, its nodes' lowest threshold (infinity for a feature no node tests)

    /// <summary>The most leaves a tree may have for the masks of one <see cref="ulong"/>.</summary>
    private const int MaxLeaves = 64;

    /// <summary>The trees, each weighted.</summary>
    public required IReadOnlyList<RegressionTreeModel> Trees
    {
        get => _trees;
        init
        {
            _trees = [.. value];
            Lay();
        }
    }

    /// <summary>The uncalibrated score: the bias plus each tree's weighted leaf value.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        Span<ulong> leavesKept = _trees.Length <= 256 ? stackalloc ulong[_trees.Length] : new ulong[_trees.Length];
        _alwaysKept.CopyTo(leavesKept);
        var tested = features[..(_featureNodes.Length - 1)];
        var lowest = _lowestThreshold;

        // most values fail no test (a flag that is 0, a count below every threshold): eight features are compared with
        // their lowest thresholds at once, and only those above one (or not a number) read their nodes
        var f0 = 0;
        for (; f0 + Vector256<float>.Count <= tested.Length; f0 += Vector256<float>.Count)
        {
            var values = Vector256.Create(tested.Slice(f0, Vector256<float>.Count));
            var failing = Vector256.GreaterThan(values, Vector256.Create(lowest, f0)) | ~Vector256.Equals(values, values);
            for (var bits = failing.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
            {
                var f = f0 + BitOperations.TrailingZeroCount(bits);
                RuleOut(f, tested[f], leavesKept);
            }
        }

        for (var f = f0; f < tested.Length; f++)
        {
            if (!(lowest[f] >= tested[f]))
                RuleOut(f, tested[f], leavesKept);
        }

        // in tree order, as the walk added them, so that the sum is the same to the bit
        var score = Bias;
        var leaves = _weightedLeaves;
        var leafStart = _leafStart;
        for (var i = 0; i < leavesKept.Length; i++)
            score += leaves[leafStart[i] + BitOperations.TrailingZeroCount(leavesKept[i])];
        return score;
    }

    /// <summary>Rules out the leaves of feature <paramref name="f"/>'s failing tests for <paramref name="value"/>, which fails at least its lowest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RuleOut(int f, float value, Span<ulong> leavesKept)
    {
        var from = _featureNodes[f];
        var nodes = _nodes.AsSpan(from, _featureNodes[f + 1] - from);
        if (nodes.IsEmpty)
            return;
        if (!(nodes[^1].Threshold >= value))
        {
            // every test of the feature fails (NaN <= threshold never holds): one mask per tree, not one per node
            var start = _allFailingStart[f];
            foreach (ref readonly var merged in _allFailing.AsSpan(start, _allFailingStart[f + 1] - start))
                leavesKept[merged.Tree] &= merged.LeavesKept;
        }
        else
        {
            foreach (ref readonly var node in nodes)
            {
                if (!(node.Threshold < value))
                    break;
                leavesKept[node.Tree] &= node.LeftLeavesKept;
            }
        }
    }

    /// <summary>The calibrated probability that <paramref name="features"/> describe a positive example.</summary>
    public double Probability(ReadOnlySpan<float> features) => 1 / (1 + Math.Exp((PlattSlope * Score(features)) + PlattOffset));

    private void Lay()
    {
        var nodes = new List<(int Feature, float Threshold, int Tree, ulong LeftLeavesKept)>();
        var leaves = new List<double>();
        _leafStart = new int[_trees.Length];
        _alwaysKept = new ulong[_trees.Length];
        for (var i = 0; i < _trees.Length; i++)
        {
            var tree = _trees[i];
            _leafStart[i] = leaves.Count;
            _alwaysKept[i] = ulong.MaxValue;
            if (tree.Split.Length == 0)
            {
                leaves.Add(tree.Weight * tree.LeafValues[0]); // the product Score added before, so scores stay the same to the bit
                continue;
            }

            var order = new List<int>(); // the leaves left to right
            var leftLeaves = new (int From, int To)[tree.Split.Length]; // each node's left subtree, as positions in order
            Visit(0);
            if (order.Count > MaxLeaves)
                throw new NotSupportedException($"A tree has {order.Count} leaves; at most {MaxLeaves} are supported.");
            foreach (var leaf in order)
                leaves.Add(tree.Weight * tree.LeafValues[leaf]);
            for (var k = 0; k < tree.Split.Length; k++)
            {
                var (from, to) = leftLeaves[k];
                var left = (to - from == MaxLeaves ? ulong.MaxValue : (1UL << (to - from)) - 1) << from;
                if (float.IsNaN(tree.Threshold[k]))
                    _alwaysKept[i] &= ~left; // no value is at or below it: the test always fails, and sorted it would end the reading early
                else
                    nodes.Add((tree.Split[k], tree.Threshold[k], i, ~left));
            }

            void Visit(int c)
            {
                if (c < 0)
                {
                    order.Add(~c);
                    return;
                }

                var from = order.Count;
                Visit(tree.Left[c]);
                leftLeaves[c] = (from, order.Count);
                Visit(tree.Right[c]);
            }
        }

        nodes.Sort((a, b) => a.Feature != b.Feature ? a.Feature.CompareTo(b.Feature) : a.Threshold.CompareTo(b.Threshold));
        var features = nodes.Count == 0 ? 0 : nodes[^1].Feature + 1;
        _featureNodes = new int[features + 1];
        _nodes = new Node[nodes.Count];
        var n = 0;
        for (var f = 0; f < features; f++)
        {
            _featureNodes[f] = n;
            for (; n < nodes.Count && nodes[n].Feature == f; n++)
                _nodes[n] = new Node(nodes[n].Threshold, nodes[n].Tree, nodes[n].LeftLeavesKept);
        }

        _featureNodes[features] = n;
        _allFailingStart = new int[features + 1];
        var allFailing = new List<TreeMask>();
        for (var f = 0; f < features; f++)
        {
            _allFailingStart[f] = allFailing.Count;
            foreach (var group in _nodes[_featureNodes[f].._featureNodes[f + 1]].GroupBy(node => node.Tree))
                allFailing.Add(new TreeMask(group.Key, group.Aggregate(ulong.MaxValue, (kept, node) => kept & node.LeftLeavesKept)));
        }

        _allFailingStart[features] = allFailing.Count;
        _allFailing = [.. allFailing];
        _lowestThreshold = new float[features];
        for (var f = 0; f < features; f++)
            _lowestThreshold[f] = _featureNodes[f] == _featureNodes[f + 1] ? float.PositiveInfinity : _nodes[_featureNodes[f]].Threshold;
        _weightedLeaves = [.. leaves];
    }

    /// <summary>One internal node: its threshold, its tree, and the mask that keeps every leaf but its left subtree's.</summary>
    private readonly record struct Node(float Threshold, int Tree, ulong LeftLeavesKept);

    /// <summary>The leaves of one tree that some tests leave, merged.</summary>
    private readonly record struct TreeMask(int Tree, ulong LeavesKept);
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
public sealed record QuoteModel
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

    /// <summary>P(a candidate mention is the quote's speaker): the best one is the quote's mention, unless <see cref="MentionOrder"/> chooses.</summary>
    public TreeEnsemble? Mention { get; init; }

    /// <summary>
    /// The mention ranker's order, when the model has one apart from <see cref="Mention"/>: a LambdaMART ranking of a
    /// quote's candidates that chooses the best, whose calibrated <see cref="Mention"/> probability is then its score.
    /// </summary>
    public TreeEnsemble? MentionOrder { get; init; }

    /// <summary>The figures the training run measured, for the record.</summary>
    public IReadOnlyDictionary<string, double> Measured { get; init; } = new Dictionary<string, double>();
}
