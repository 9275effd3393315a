// The storage account QuoteCheck and the Functions host share, with every queue, table and blob
// container created up front. Shared-key access is off: every caller authenticates with Entra ID.
// Optionally closed to public networks (private endpoints come from network.bicep), and with its
// blob, queue and table logs sent to Log Analytics.

@description('Azure region for the storage account.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Globally unique storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Queues to create. The first is the article queue; the host moves failed messages to "<name>-poison".')
param queueNames string[]

@description('Tables to create.')
param tableNames string[]

@description('Blob containers to create (large article bodies, the Flex Consumption deployment package).')
param containerNames string[]

@description('True to refuse the public endpoint (except from allowedIpRanges): only private endpoints reach the account.')
param closedToPublicNetworks bool

@description('With closedToPublicNetworks: public IP addresses or CIDR ranges (operators, CI) still allowed on the public endpoint. Empty: the public endpoint is disabled.')
param allowedIpRanges string[]

@description('Log Analytics workspace that receives the blob, queue and table logs and the transaction metrics.')
param logAnalyticsWorkspaceId string

@description('Storage log categories sent to Log Analytics. StorageRead is off by default: the queue listener polls, so reads are most of the volume.')
param logCategories ('StorageRead' | 'StorageWrite' | 'StorageDelete')[]

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: closedToPublicNetworks && empty(allowedIpRanges) ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: closedToPublicNetworks ? 'Deny' : 'Allow'
      bypass: closedToPublicNetworks ? 'None' : 'AzureServices'
      ipRules: [
        for range in (closedToPublicNetworks ? allowedIpRanges : []): {
          value: range
          action: 'Allow'
        }
      ]
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'

    resource containers 'containers' = [
      for containerName in containerNames: {
        name: containerName
        properties: {
          publicAccess: 'None'
        }
      }
    ]
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource queues 'queues' = [
      for queueName in queueNames: {
        name: queueName
      }
    ]
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource tables 'tables' = [
      for tableName in tableNames: {
        name: tableName
      }
    ]
  }
}

// Account-level settings carry only metrics; the logs live on each service.
resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    metrics: [
      {
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

var serviceLogs = [
  for category in logCategories: {
    category: category
    enabled: true
  }
]

var serviceMetrics = [
  {
    category: 'Transaction'
    enabled: true
  }
]

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::blobService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::queueService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: serviceLogs
    metrics: serviceMetrics
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
