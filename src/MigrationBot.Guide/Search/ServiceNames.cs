using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Search;

/// <summary>
/// The ways people write a service a mapping table names: "Amazon S3" is also "S3", "Azure Cosmos DB" also
/// "Cosmos DB". A cell naming several services ("Azure SQL Database / Azure Database for MySQL") gives each one.
/// </summary>
public static partial class ServiceNames
{
    private static readonly string[] VendorPrefixes = ["Amazon ", "AWS ", "Azure ", "Microsoft "];

    /// <summary>Single words too ordinary to stand for a service on their own once the vendor prefix is gone.</summary>
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "backup", "batch", "functions", "function", "monitor", "policy", "storage", "files", "file", "advisor",
        "firewall", "migrate", "config", "shield", "inspector", "organizations", "outposts", "blueprints",
        "bastion", "automation", "pipelines", "boards", "repos", "artifacts", "search", "translator", "speech",
        "vision", "personalizer", "lighthouse", "arc", "portal", "cloud", "data", "queue", "queues", "tables",
        "table", "disks", "disk", "cache", "front", "door", "center", "hub", "hubs", "grid", "relay", "bus",
        "sentinel", "defender", "purview", "fabric", "chaos", "load", "testing", "app", "apps", "logic",
        "machine", "learning", "kubernetes", "containers", "container", "registry", "instances", "sql",
        "database", "databases", "network", "networks", "gateway", "connect", "service", "services",
    };

    /// <summary>Acronyms and product words the stemmer must leave as written, whatever the guide.</summary>
    public static IReadOnlyList<string> BuiltInProtectedWords { get; } =
    [
        "aws", "azure", "ec2", "s3", "ebs", "efs", "fsx", "rds", "ecs", "eks", "ecr", "aks", "acr", "sqs", "sns", "iam",
        "vpc", "vnet", "dns", "cdn", "waf", "kms", "ses", "emr", "mq", "dms", "sql", "db", "route", "cosmos",
        "dynamodb", "redshift", "kinesis", "lambda", "aurora", "cloudfront", "cloudwatch", "cloudtrail",
        "cloudformation", "bicep", "terraform", "entra", "sagemaker", "fargate", "beanstalk", "glacier",
        "synapse", "databricks", "gke", "gcs", "gce", "bigquery", "vmware", "hyper-v", "openai", "foundry",
    ];

    /// <summary>The names a table cell stands for, longest form first, without duplicates.</summary>
    public static IReadOnlyList<string> Aliases(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var result = new List<string>();
        // A lone lower-case word split off a description ("... attached to an instance or function") is not a name.
        foreach (var part in SplitCell(cell).Where(p => p.Contains(' ', StringComparison.Ordinal) || !char.IsLower(p[0])))
        {
            Add(result, part);
            foreach (var prefix in VendorPrefixes)
            {
                if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && part.Length > prefix.Length)
                {
                    var rest = part[prefix.Length..].Trim();
                    if (IsDistinctive(rest))
                    {
                        Add(result, rest);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The separate service names in a cell: split at commas, slashes, semicolons and " or ", parentheses dropped.</summary>
    public static IEnumerable<string> SplitCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        foreach (Match note in Parenthetical().Matches(cell))
        {
            // "(IAM)", "(Amazon SQS)", "(AWS DMS)" name the service; "(classic)" or "(for Apache Cassandra)" do not.
            var inner = note.Value.Trim('(', ')', ' ');
            var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (inner.Length is >= 2 and <= 30 && words.Length <= 3 && words.All(w => w.All(char.IsLetterOrDigit) && char.IsUpper(w[0])) && words[^1].Count(char.IsUpper) >= 2)
            {
                yield return inner;
            }
        }

        var withoutNotes = Parenthetical().Replace(cell, " ");
        foreach (var raw in Separators().Split(withoutNotes))
        {
            var part = Spaces().Replace(raw, " ").Trim(' ', '.', '*', '`', '_');
            if (part.Length > 1 && part.Length <= 60)
            {
                yield return part;
            }
        }
    }

    private static bool IsDistinctive(string name)
    {
        if (name.Length < 2)
        {
            return false;
        }

        if (name.Contains(' ', StringComparison.Ordinal) || name.Any(char.IsDigit))
        {
            return true;
        }

        return !OrdinaryWords.Contains(name) || name.Skip(1).Any(char.IsUpper);
    }

    private static void Add(List<string> list, string name)
    {
        if (!list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s*(?:,|/|;|\bor\b|\+)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
