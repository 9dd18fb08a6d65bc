namespace MigrationBot.Guide;

/// <summary>A row of a mapping table: an AWS service and its Azure counterpart.</summary>
/// <param name="AwsService">The AWS service as the table names it.</param>
/// <param name="AzureService">The Azure service as the table names it.</param>
/// <param name="Note">The rest of the row (notes columns joined), or null.</param>
/// <param name="SectionId">The section the table sits in.</param>
/// <param name="ArticlePath">The article the table sits in.</param>
public sealed record ServiceMapping(string AwsService, string AzureService, string? Note, string SectionId, string ArticlePath);
