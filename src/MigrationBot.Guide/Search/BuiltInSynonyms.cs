namespace MigrationBot.Guide.Search;

/// <summary>
/// Acronyms and long names of cloud services, and the common names of migration strategies, that any migration
/// guide may use either way round, in Solr synonym format. A guide's own <c>synonyms.txt</c> and mapping tables come on top of these.
/// </summary>
internal static class BuiltInSynonyms
{
    public const string Rules = """
        ec2, elastic compute cloud
        s3, simple storage service
        sqs, simple queue service
        sns, simple notification service
        ses, simple email service
        ebs, elastic block store
        efs, elastic file system
        eks, elastic kubernetes service
        ecs, elastic container service
        ecr, elastic container registry
        elb, elastic load balancing, elastic load balancer
        iam, identity and access management
        vpc, virtual private cloud
        waf, web application firewall
        kms, key management service
        rds, relational database service
        emr, elastic mapreduce
        dms, database migration service
        aks, azure kubernetes service
        acr, azure container registry
        vm, virtual machine
        vms, virtual machines
        vmss, virtual machine scale set, virtual machine scale sets
        vnet, virtual network
        vnets, virtual networks
        nsg, network security group
        nsgs, network security groups
        rbac, role-based access control, role based access control
        gke, google kubernetes engine
        gce, compute engine
        gcs, google cloud storage
        gcp, google cloud platform, google cloud
        k8s, kubernetes
        postgres, postgresql
        entra id, azure active directory, azure ad
        nlb, network load balancer
        alb, application load balancer
        cdn, content delivery network
        vpn, virtual private network
        sso, single sign-on, single sign on
        mfa, multifactor authentication, multi-factor authentication
        rto, recovery time objective
        rpo, recovery point objective
        tco, total cost of ownership
        sla, service level agreement
        byol, bring your own license
        ahb, azure hybrid benefit
        iac, infrastructure as code
        siem, security information and event management
        rehost, lift and shift, lift-and-shift
        step, phase, stage
        steps, phases, stages
        wave, move group, migration group
        waves, move groups, migration groups
        overview, at a glance, high level, high-level
        cutover, cut over, cut-over, switchover
        prerequisites, prereqs, before you start
        pitfalls, mistakes
        done, finished
        outputs, deliverables
        rollback, roll back, fall back, fallback
        decommission, tear down, switch off, shut down
        """;
}
