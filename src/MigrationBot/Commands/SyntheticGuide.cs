using System.Text;

namespace MigrationBot.Commands;

/// <summary>
/// Writes a Learn-format guide of a given size for benchmarks: articles with front matter, sections, alerts, lists,
/// mapping tables, code, tabs, includes, links and next-step blocks, plus a <c>toc.yml</c>. Deterministic.
/// </summary>
public static class SyntheticGuide
{
    private static readonly string[] Services =
    [
        "Amazon EC2|Azure Virtual Machines", "Amazon S3|Azure Blob Storage", "Amazon RDS|Azure SQL Database",
        "AWS Lambda|Azure Functions", "Amazon EKS|Azure Kubernetes Service", "Amazon VPC|Azure Virtual Network",
        "Amazon CloudWatch|Azure Monitor", "AWS IAM|Microsoft Entra ID", "Amazon SQS|Azure Service Bus",
        "Amazon DynamoDB|Azure Cosmos DB",
    ];

    private static readonly string[] Words =
    [
        "workload", "region", "capacity", "replica", "latency", "throughput", "identity", "policy", "network",
        "subnet", "gateway", "backup", "snapshot", "cluster", "quota", "budget", "tag", "pipeline", "template",
        "encryption", "key", "endpoint", "schema", "index", "queue", "topic", "alert", "dashboard", "cutover",
        "rollback", "baseline", "inventory", "dependency", "owner", "runbook", "window", "tier", "archive",
    ];

    /// <summary>Writes the guide into <paramref name="root"/> and returns the bytes of Markdown written.</summary>
    public static long Write(string root, long targetBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var random = new Random(20260101);
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        Directory.CreateDirectory(Path.Combine(root, "includes"));
        long written = Save(root, "includes/prerequisites.md", "- An Azure subscription with owner rights.\n- Read access to the AWS account.\n");
        var toc = new StringBuilder("- name: Synthetic guide\n  items:\n");
        var n = 1;
        for (; written < targetBytes; n++)
        {
            written += Save(root, $"articles/article-{n:0000}.md", Article(n, random));
            toc.Append(System.FormattableString.Invariant($"    - name: Article {n}\n      href: articles/article-{n:0000}.md\n"));
        }

        // The last article's next-step block points here.
        written += Save(root, $"articles/article-{n:0000}.md", $"---\ntitle: Wrap up\ndescription: The end of the guide.\n---\n\n{Paragraph(random)}\n");
        toc.Append(System.FormattableString.Invariant($"    - name: Wrap up\n      href: articles/article-{n:0000}.md\n"));

        File.WriteAllText(Path.Combine(root, "toc.yml"), toc.ToString());
        return written;
    }

    private static string Article(int n, Random random)
    {
        var text = new StringBuilder();
        text.Append(System.FormattableString.Invariant($"---\ntitle: Migrate the {Word(random)} estate, part {n}\ndescription: {Sentence(random)}\nms.date: 01/15/2026\nms.topic: conceptual\n---\n\n"));
        text.Append(System.FormattableString.Invariant($"# Migrate the {Word(random)} estate, part {n}\n\n{Paragraph(random)} See [the previous part](article-{Math.Max(1, n - 1):0000}.md).\n\n"));
        text.Append("[!INCLUDE [prerequisites](../includes/prerequisites.md)]\n\n");
        for (var section = 1; section <= 5; section++)
        {
            text.Append(System.FormattableString.Invariant($"## Step {section}: {Capitalized(Word(random))} and {Word(random)}\n\n{Paragraph(random)}\n\n"));
            text.Append(System.FormattableString.Invariant($"> [!NOTE]\n> {Sentence(random)}\n\n"));
            text.Append(System.FormattableString.Invariant($"- {Sentence(random)}\n- {Sentence(random)}\n  - {Sentence(random)}\n\n"));
            text.Append(System.FormattableString.Invariant($"### {Capitalized(Word(random))} details\n\n{Paragraph(random)} Learn more in [the overview](/azure/migration/).\n\n"));
            if (section == 2)
            {
                text.Append("| AWS service | Azure service | Notes |\n|---|---|---|\n");
                foreach (var pair in Services.OrderBy(_ => random.Next()).Take(4))
                {
                    var names = pair.Split('|');
                    text.Append(System.FormattableString.Invariant($"| {names[0]} | [{names[1]}](/azure/) | {Sentence(random)} |\n"));
                }

                text.Append('\n');
            }

            if (section == 3)
            {
                text.Append(System.FormattableString.Invariant($"# [Azure CLI](#tab/azure-cli)\n\n```azurecli\naz group create --name rg-{Word(random)} --location westeurope\n```\n\n# [Portal](#tab/portal)\n\n{Sentence(random)}\n\n---\n\n"));
            }
        }

        text.Append(System.FormattableString.Invariant($"## Next steps\n\n> [!div class=\"nextstepaction\"]\n> [Continue with part {n + 1}](article-{n + 1:0000}.md)\n"));
        return text.ToString();
    }

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(3, 6)).Select(_ => Sentence(random)));

    private static string Sentence(Random random) =>
        Capitalized(string.Join(' ', Enumerable.Range(0, random.Next(8, 16)).Select(_ => Word(random)))) + ".";

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static long Save(string root, string path, string text)
    {
        File.WriteAllText(Path.Combine(root, path), text);
        return Encoding.UTF8.GetByteCount(text);
    }
}
