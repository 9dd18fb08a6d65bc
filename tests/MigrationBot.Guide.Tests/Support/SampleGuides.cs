namespace MigrationBot.Guide.Tests.Support;

/// <summary>Small hand-built guides in the shape the parser produces.</summary>
internal static class SampleGuides
{
    /// <summary>An AWS-to-Azure guide: a hub, three journey steps and four service guides with mapping tables.</summary>
    public static MigrationGuide AwsToAzure() => new GuideBuilder()
        .Article("index.md", "AWS to Azure migration guide", a => a
            .Intro("This guide walks a team through moving workloads from AWS to Azure, one step of the journey at a time.")
            .Section("How the guide is organized", "The journey has steps: assess, prepare and migrate. Service guides compare each AWS service with its Azure counterpart."))
        .Article("journey/assess.md", "Assess your AWS estate", a => a
            .Intro("Start by taking stock of what runs in your AWS accounts today.")
            .Section("Inventory your accounts", "List every account, region and workload. Export the resource inventory and tag owners.")
            .Section("Map dependencies", "Find which workloads call each other, so that tightly coupled systems move in the same wave."),
            ArticleKind.Step, description: "Inventory workloads and dependencies before you plan the move.")
        .Article("journey/prepare.md", "Prepare the landing zone", a => a
            .Intro("Get the Azure side ready before the first workload moves.")
            .Section("Create the landing zone", "Set up subscriptions, management groups and policy assignments for the target environment.")
            .List("Train the team", "Run a hands-on lab for operators.", "Pair each AWS specialist with an Azure mentor.", "Share the runbook templates."),
            ArticleKind.Step, description: "Build the landing zone and skill up the team.")
        .Article("journey/migrate.md", "Migrate workloads and cut over", a => a
            .Intro("Move workloads wave by wave and switch traffic when each wave is proven.")
            .Section("Plan the cutover window", "Agree a maintenance window with the business. Lower DNS time to live values a day before. Keep a rollback plan ready.")
            .Section("Replicate data", "Start continuous replication well before the cutover so the final sync is short."),
            ArticleKind.Step, description: "Replicate, test and switch traffic.")
        .Article("services/storage.md", "Storage services", a => a
            .Intro("Object, file and block storage on Azure for teams used to AWS storage services.")
            .Mappings("Service mapping", ("Amazon S3", "Azure Blob Storage", "Object storage"), ("Amazon EFS", "Azure Files", "Shared file systems"), ("Amazon EBS", "Azure managed disks", "Block volumes"))
            .Section("Object storage tiers", "Buckets become containers in a storage account. Hot, cool, cold and archive tiers replace the S3 storage classes. Lifecycle rules move blobs between tiers.")
            .Section("Copy data with AzCopy", "AzCopy copies objects from an S3 bucket straight into a container, in parallel, without staging on disk."),
            ArticleKind.Service, area: "Storage")
        .Article("services/databases.md", "Database services", a => a
            .Intro("Relational and NoSQL databases on Azure.")
            .Mappings("Service mapping", ("Amazon DynamoDB", "Azure Cosmos DB", "Key-value and document data"), ("Amazon RDS", "Azure SQL Database, Azure Database for PostgreSQL", "Managed relational engines"))
            .Section("Move DynamoDB tables to Cosmos DB", "Export the table to S3, then load it with a copy activity. Choose a partition key that spreads writes evenly.")
            .Section("Relational engines", "Use the Database Migration Service for PostgreSQL and MySQL; plan the downtime for the final sync."),
            ArticleKind.Service, area: "Databases")
        .Article("services/networking.md", "Networking services", a => a
            .Intro("Virtual networks, name resolution and content delivery.")
            .Mappings("Service mapping", ("Amazon VPC", "Azure Virtual Network", "Private networks"), ("Amazon Route 53", "Azure DNS", "Name resolution"))
            .Section("Migrate hosted zones", "Export each Route 53 hosted zone as a zone file and import it into Azure DNS. Then change the name server records at the registrar.")
            .Section("Connect the clouds", "A site-to-site VPN links the VPC and the virtual network while workloads move."),
            ArticleKind.Service, area: "Networking")
        .Article("services/compute.md", "Compute services", a => a
            .Intro("Virtual machines, scale sets and serverless compute.")
            .Mappings("Service mapping", ("Amazon EC2", "Azure Virtual Machines", "Instances"), ("AWS Lambda", "Azure Functions", "Event-driven code"))
            .Section("Size virtual machines", "Match vCPU and memory of each instance type to a VM size family. Right-size from utilization data, not from the old instance type.")
            .Section("Move Lambda functions", "Rewrite handlers for the Functions programming model and map triggers to bindings."),
            ArticleKind.Service, area: "Compute")
        .Synonyms("# Words people use for the same thing\nbucket, container\nvm, virtual machine\n")
        .Build();

    /// <summary>A different guide (Google Cloud to Azure) with its own structure and words.</summary>
    public static MigrationGuide GoogleCloudToAzure() => new GuideBuilder()
        .Article("overview.md", "Migrate from Google Cloud to Azure", a => a
            .Intro("An overview of moving projects from Google Cloud to Azure.")
            .Section("Before you begin", "Check quotas and choose regions close to your users."))
        .Article("plan/discover.md", "Discover Google Cloud projects", a => a
            .Intro("Find every project, folder and billing account.")
            .Section("Export the asset inventory", "Use Cloud Asset Inventory to export resources to BigQuery for analysis."),
            ArticleKind.Step)
        .Article("plan/build.md", "Build the Azure foundation", a => a
            .Intro("Create the management group hierarchy that replaces the Google Cloud resource hierarchy.")
            .Section("Identity", "Federate Cloud Identity with Microsoft Entra ID before moving users."),
            ArticleKind.Step)
        .Article("workloads/analytics.md", "Analytics workloads", a => a
            .Intro("Data warehouses and pipelines.")
            .Mappings("Equivalent services", ("BigQuery", "Azure Synapse Analytics", "Data warehouse"), ("Dataflow", "Azure Data Factory", "Pipelines"))
            .Section("Move BigQuery datasets", "Export tables to Cloud Storage as Parquet, then load them with COPY INTO."),
            ArticleKind.Service, area: "Analytics")
        .Article("workloads/containers.md", "Container workloads", a => a
            .Intro("Kubernetes clusters and images.")
            .Mappings("Equivalent services", ("Google Kubernetes Engine", "Azure Kubernetes Service", "Managed Kubernetes"), ("Artifact Registry", "Azure Container Registry", "Images"))
            .Section("Move GKE clusters", "Recreate node pools in AKS and redeploy manifests with the same Helm charts."),
            ArticleKind.Service, area: "Containers")
        .Build();
}
