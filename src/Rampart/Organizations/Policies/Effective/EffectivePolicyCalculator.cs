using System.Text.Json.Nodes;

namespace Rampart.Organizations.Policies.Effective;

/// <summary>Merges the management policies on an account's path (root first, then each OU, then the account) into
/// its effective policy, as the User Guide's "Policy syntax and inheritance" describes: @@assign replaces an inherited
/// value, @@append adds to an inherited list, @@remove takes values out of it, and
/// @@operators_allowed_for_child_policies limits which of these policies further down may use on a setting and
/// everything below it. The result holds plain values, without operators.</summary>
public static class EffectivePolicyCalculator
{
    /// <param name="levels">Per level, root first, the documents attached there in the order they were attached.</param>
    /// <returns>The effective policy, or null when no level has a policy.</returns>
    public static JsonObject? Compute(IEnumerable<IReadOnlyList<JsonObject>> levels)
    {
        var root = new Setting();
        var any = false;
        foreach (var level in levels)
        {
            foreach (var document in level)
            {
                any = true;
                Apply(root, document, allowed: null);
            }
            root.ConfirmChildControls();
        }
        return any ? root.ToJson() as JsonObject ?? [] : null;
    }

    private static void Apply(Setting target, JsonObject policy, IReadOnlySet<string>? allowed)
    {
        allowed = Intersect(allowed, target.Allowed);
        foreach (var (key, value) in policy)
        {
            switch (key)
            {
                case InheritanceOperator.AllowedForChildPolicies:
                    target.RestrictChildren(ChildControl((JsonArray)value!));
                    break;
                case InheritanceOperator.Assign when Permits(allowed, key):
                    target.Assign(value!);
                    break;
                case InheritanceOperator.Append when Permits(allowed, key):
                    target.Append((JsonArray)value!);
                    break;
                case InheritanceOperator.Remove when Permits(allowed, key):
                    target.Remove((JsonArray)value!);
                    break;
                default:
                    if (!InheritanceOperator.IsOperator(key))
                    {
                        Apply(target.Child(key), (JsonObject)value!, allowed);
                    }
                    break;
            }
        }
    }

    private static bool Permits(IReadOnlySet<string>? allowed, string operatorName) => allowed is null || allowed.Contains(operatorName);

    private static IReadOnlySet<string>? Intersect(IReadOnlySet<string>? inherited, IReadOnlySet<string>? own) =>
        inherited is null ? own : own is null ? inherited : inherited.Intersect(own, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string>? ChildControl(JsonArray values)
    {
        var names = values.Select(v => v!.GetValue<string>()).ToList();
        if (names.Contains(InheritanceOperator.All))
        {
            return null;
        }
        return names.Where(InheritanceOperator.ValueSetting.Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One setting of the effective policy as it is being built.</summary>
    private sealed class Setting
    {
        private readonly Dictionary<string, Setting> children = new(StringComparer.Ordinal);
        private readonly List<string> order = [];
        private JsonNode? value;
        private IReadOnlySet<string>? pendingAllowed;
        private bool hasPending;

        /// <summary>The operators policies at lower levels may use here and below; null allows all.</summary>
        public IReadOnlySet<string>? Allowed { get; private set; }

        public Setting Child(string key)
        {
            if (!children.TryGetValue(key, out var child))
            {
                child = new Setting();
                children[key] = child;
                order.Add(key);
            }
            return child;
        }

        public void Assign(JsonNode assigned) => value = assigned.DeepClone();

        public void Append(JsonArray values)
        {
            var list = value as JsonArray ?? [];
            foreach (var item in values)
            {
                if (!list.Any(existing => JsonNode.DeepEquals(existing, item)))
                {
                    list.Add(item?.DeepClone());
                }
            }
            value = list;
        }

        public void Remove(JsonArray values)
        {
            if (value is not JsonArray list)
            {
                return;
            }
            foreach (var existing in list.Where(existing => values.Any(item => JsonNode.DeepEquals(existing, item))).ToList())
            {
                list.Remove(existing);
            }
        }

        /// <summary>A restriction takes effect for the levels below the one that sets it.</summary>
        public void RestrictChildren(IReadOnlySet<string>? operators)
        {
            pendingAllowed = hasPending ? Intersect(pendingAllowed, operators) : operators;
            hasPending = true;
        }

        public void ConfirmChildControls()
        {
            if (hasPending)
            {
                Allowed = Intersect(Allowed, pendingAllowed);
                hasPending = false;
                pendingAllowed = null;
            }
            foreach (var child in children.Values)
            {
                child.ConfirmChildControls();
            }
        }

        public JsonNode? ToJson()
        {
            if (value is not null)
            {
                return value.DeepClone();
            }
            var result = new JsonObject();
            foreach (var key in order)
            {
                if (children[key].ToJson() is { } child)
                {
                    result[key] = child;
                }
            }
            return result.Count == 0 ? null : result;
        }
    }
}
