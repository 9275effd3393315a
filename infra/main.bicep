// QuoteCheck on Azure: one resource group holding a Flex Consumption Function App (.NET 10
// isolated) behind App Service authentication (Microsoft Entra ID), its storage account (queues,
// tables, blobs), two user-assigned managed identities (one the app runs as, one only for sign-in),
// and Application Insights on a Log Analytics workspace that also receives the app's and the
// storage account's diagnostic logs. No keys or secrets: every caller authenticates with Entra ID,
// and each role below is scoped to the one resource it is needed on.
//
// The Entra app registration (app roles Reviewer, Editor, Submitter) is created by
// infra/entra-app.sh: Bicep cannot create directory objects here. Its client ID is a parameter.
//
//   azd up                                  (azure.yaml at the repository root; its hooks run the script)
//   az deployment group create -g <rg> --template-file infra/main.bicep \
//     --parameters environmentName=<name> authClientId=<client id>   (see the README, "Deploy to Azure")

targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Environment name (azd: AZURE_ENV_NAME). Seeds the resource names and the azd-env-name tag.')
param environmentName string

@description('Region for every resource. It must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = resourceGroup().location

@description('Upper bound on Function App instances: the cost ceiling under load.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per Function App instance in MB (CPU scales with it).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Optional: object ID of a person or pipeline (azd: AZURE_PRINCIPAL_ID) given operator access: send to the articles queue, handle its poison queue, upload large bodies under incoming/. Empty for none.')
param principalId string = ''

@description('Application (client) ID of the Entra app registration that signs reviewers, editors and tools in (azd: QUOTECHECK_AUTH_CLIENT_ID; created by infra/entra-app.sh).')
@minLength(36)
@maxLength(36)
param authClientId string

@description('The organisation that publishes fact checks (schema.org ClaimReview author). Empty: the ClaimReview endpoints answer 503 until it and claimReviewUrlTemplate are set.')
@maxLength(200)
param claimReviewOrganizationName string = ''

@description('The address of one fact check on your site, with {articleId} and {quoteId} in it (ClaimReview url), e.g. https://factcheck.example.org/quotes/{articleId}/{quoteId}.')
param claimReviewUrlTemplate string = ''

@description('True to close the storage account to public networks: the app reaches it through private endpoints in a virtual network; operators need storageAllowedIpRanges or the API. See the README, "Closing storage to public networks".')
param closeStorageToPublicNetworks bool = false

@description('With closeStorageToPublicNetworks: public IPs or CIDR ranges (operators, CI) still allowed on the storage public endpoint. Empty: the public endpoint is disabled.')
param storageAllowedIpRanges string[] = []

@description('With closeStorageToPublicNetworks: the virtual network\'s address space (two /24 subnets are used).')
param virtualNetworkAddressPrefix string = '10.40.0.0/16'

@description('Storage log categories sent to Log Analytics (blob, queue, table). StorageRead is left out by default: queue polling makes it most of the volume and the cost.')
param storageLogCategories ('StorageRead' | 'StorageWrite' | 'StorageDelete')[] = [
  'StorageWrite'
  'StorageDelete'
]

// Names: a short stable token per resource group + environment keeps them globally unique.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

// Names are computed here (not read from module outputs) so they are known before deployment and
// `az deployment group what-if` can predict every resource ID; the modules that use them depend
// explicitly on the modules that create them.
var storageAccountName = 'stqc${resourceToken}'
var applicationInsightsName = 'appi-quotecheck-${resourceToken}'

// Contracts the app reads (QuoteCheck options and the Functions host); the poison queue is the
// host's convention, '<queue>-poison'.
var articlesQueueName = 'articles'
var articlesContainerName = 'articles'
// The index sweeper's queue (QuoteCheck__IndexRepairQueue's default, bound by RepairIndex) and the
// table of drained poison messages and failure notes (kept apart from Articles so operators can be
// given it alone).
var indexRepairsQueueName = 'index-repairs'
var poisonTableName = 'Poison'
// The linker's queue (QuoteCheck__LinkQueue's default, bound by LinkArticle): one message per stored article.
var linkQueueName = 'quote-links'
var deploymentContainerName = 'app-package'

// Built-in role definition IDs (the same GUIDs in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// The identity the Function App runs as. User-assigned (not system-assigned) so its roles exist
// before the app first starts, and so the deployment-package container can name it.
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-quotecheck-${resourceToken}'
  location: location
  tags: tags
}

// Used only as the app registration's federated credential, so App Service authentication signs
// people in without a client secret. It holds no Azure roles; Microsoft asks that such an identity
// be assigned to this one app only.
resource authIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-quotecheck-auth-${resourceToken}'
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    name: storageAccountName
    queueNames: [
      articlesQueueName
      '${articlesQueueName}-poison'
      indexRepairsQueueName
      linkQueueName
      '${linkQueueName}-poison'
    ]
    tableNames: [
      'Articles'
      'QuotesByState'
      poisonTableName
      'QuoteLinks'
      'QuoteIdentities'
      'Speakers'
    ]
    containerNames: [
      articlesContainerName
      deploymentContainerName
    ]
    closedToPublicNetworks: closeStorageToPublicNetworks
    allowedIpRanges: storageAllowedIpRanges
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
    logCategories: storageLogCategories
  }
}

module network 'modules/network.bicep' = if (closeStorageToPublicNetworks) {
  name: 'network'
  params: {
    location: location
    tags: tags
    name: 'vnet-quotecheck-${resourceToken}'
    addressPrefix: virtualNetworkAddressPrefix
    storageAccountName: storageAccountName
  }
  dependsOn: [
    storage
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-quotecheck-${resourceToken}'
    applicationInsightsName: applicationInsightsName
  }
}

// What the app's identity may do, and why (nothing at resource-group or subscription scope):
module appIdentityRoles 'modules/role-assignments.bicep' = {
  name: 'app-identity-roles'
  params: {
    principalId: appIdentity.properties.principalId
    principalKey: appIdentity.id
    principalType: 'ServicePrincipal'
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    storageRoleIds: [
      // Storage Blob Data Owner: the Functions host keeps its locks and leases (singleton,
      // listener) and the function keys (azure-webjobs-secrets) in blob containers it creates and
      // manages; Flex Consumption fetches the deployment package from 'app-package' as this
      // identity; the app reads and writes large article bodies in 'articles'. Owner is the role
      // Microsoft documents for an identity-based AzureWebJobsStorage.
      roles.storageBlobDataOwner
      // Storage Queue Data Contributor: the queue trigger reads, updates and deletes 'articles'
      // messages, the host moves failures to 'articles-poison', POST /api/articles enqueues, the
      // write path arms and the sweeper takes 'index-repairs', ingestion asks the linker through
      // 'quote-links' (failures to 'quote-links-poison'), the poison drain empties
      // 'articles-poison', and the scale controller reads the queue length to scale the app out and back to zero.
      roles.storageQueueDataContributor
      // Storage Table Data Contributor: the app reads and writes Articles (articles, versions,
      // quotes, audit), QuotesByState (the review-queue index), Poison (failure notes and
      // drained poison messages), QuoteLinks (the same quote across articles, the published
      // feed), QuoteIdentities (each identity's members) and Speakers.
      roles.storageTableDataContributor
    ]
    monitoringRoleIds: [
      // Monitoring Metrics Publisher: Application Insights has local (key) auth disabled, so the
      // app must present this identity's token to send telemetry.
      roles.monitoringMetricsPublisher
    ]
  }
  dependsOn: [
    storage
    monitoring
  ]
}

// Optional operator access (azd passes the signed-in user), each role scoped to one queue, one
// table or the articles container: submit articles (large ones under incoming/), inspect and
// replay the poison queue and the poison messages drained into the Poison table. No access to
// Articles or QuotesByState, the deployment package or the host's keys; reviewing goes through
// the API with an app role (infra/entra-app.sh assign).
module operatorRoles 'modules/operator-roles.bicep' = if (!empty(principalId)) {
  name: 'operator-roles'
  params: {
    principalId: principalId
    storageAccountName: storageAccountName
    articlesQueueName: articlesQueueName
    poisonQueueName: '${articlesQueueName}-poison'
    poisonTableName: poisonTableName
    articlesContainerName: articlesContainerName
  }
  dependsOn: [
    storage
  ]
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    location: location
    tags: tags
    azdServiceName: 'api'
    planName: 'plan-quotecheck-${resourceToken}'
    name: 'func-quotecheck-${resourceToken}'
    identityId: appIdentity.id
    identityClientId: appIdentity.properties.clientId
    authIdentityId: authIdentity.id
    authIdentityClientId: authIdentity.properties.clientId
    authClientId: authClientId
    virtualNetworkSubnetId: closeStorageToPublicNetworks ? network.?outputs.appSubnetId ?? '' : ''
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    appSettings: union(
      {
        QuoteCheck__ArticlesQueue: articlesQueueName
        QuoteCheck__BlobContainer: articlesContainerName
      },
      empty(claimReviewOrganizationName)
        ? {}
        : { QuoteCheck__ClaimReview__OrganizationName: claimReviewOrganizationName },
      empty(claimReviewUrlTemplate) ? {} : { QuoteCheck__ClaimReview__UrlTemplate: claimReviewUrlTemplate }
    )
  }
  // The host starts as soon as the app exists: its storage, telemetry and roles come first.
  dependsOn: [
    storage
    appIdentityRoles
  ]
}

// azd stores these in .azure/<env>/.env; `az deployment group show` shows them too.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output QUOTECHECK_API_BASE_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output QUOTECHECK_DESK_URL string = 'https://${functionApp.outputs.defaultHostName}/api/desk'
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_AUTH_IDENTITY_PRINCIPAL_ID string = authIdentity.properties.principalId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = appIdentity.properties.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.logAnalyticsName
