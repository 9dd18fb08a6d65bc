using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Parsing;

/// <summary>
/// A table whose header names an AWS column and an Azure column (<c>AWS service | Azure service | Notes</c>):
/// each row maps an AWS service to its Azure counterpart; the other columns form the note.
/// </summary>
internal sealed class MappingTable
{
    private readonly int _aws;
    private readonly int _azure;

    private MappingTable(int aws, int azure)
    {
        _aws = aws;
        _azure = azure;
    }

    /// <summary>The mapping layout of a header row, or null when the table is not a mapping table.</summary>
    public static MappingTable? Detect(IReadOnlyList<string> header)
    {
        var aws = IndexOf(header, "aws", "amazon", except: -1);
        var azure = IndexOf(header, "azure", "microsoft", except: aws);
        return aws >= 0 && azure >= 0 ? new MappingTable(aws, azure) : null;
    }

    /// <summary>The mapping a body row records, or null when it lacks either service.</summary>
    public ServiceMapping? Read(IReadOnlyList<string> cells, string sectionId, string articlePath)
    {
        var aws = Cell(cells, _aws);
        var azure = Cell(cells, _azure);
        if (aws.Length == 0 || azure.Length == 0)
        {
            return null;
        }

        var notes = cells.Where((cell, index) => index != _aws && index != _azure && cell.Trim().Length > 0).Select(c => c.Trim());
        var note = string.Join("; ", notes);
        return new ServiceMapping(aws, azure, note.Length == 0 ? null : note, sectionId, articlePath);
    }

    private static string Cell(IReadOnlyList<string> cells, int index) => index < cells.Count ? cells[index].Trim() : string.Empty;

    private static int IndexOf(IReadOnlyList<string> header, string first, string second, int except)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (i != except && Regex.IsMatch(header[i], $@"\b(?:{first}|{second})\b", RegexOptions.IgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
