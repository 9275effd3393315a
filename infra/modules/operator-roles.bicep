// Operator access for one principal (a person, group or pipeline), scoped to exactly what
// `quotecheck submit` and `quotecheck poison` touch: send to the articles queue, read and delete
// from its poison queue, read and delete the drained poison messages in the Poison table, and write
// large bodies under incoming/ in the articles container. Nothing at account scope: not the
// deployment package, not the host's keys (azure-webjobs-secrets), not the Articles or QuotesByState
// tables (results are read through the API, with an app role).

@description('Object (principal) ID receiving the roles.')
param principalId string

@description('Kind of principal, when known.')
param principalType ('Group' | 'ServicePrincipal' | 'User')?

@description('Storage account holding the queues and the container.')
param storageAccountName string

@description('The articles queue (operators send to it).')
param articlesQueueName string

@description('Its poison queue (operators list, replay and delete its messages).')
param poisonQueueName string

@description('The table of drained poison messages (operators list and replay them, which deletes the record).')
param poisonTableName string

@description('The articles container (operators write large bodies under incoming/).')
param articlesContainerName string

// Built-in role definition IDs (the same GUIDs in every tenant).
var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
var storageQueueDataMessageProcessor = '8a0f0c08-91a1-4084-bc3d-661d67233fed'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

// Blob Data Contributor narrowed by an ABAC condition: reading, writing, creating and deleting
// blobs only under incoming/ (listing stays possible; article texts under texts/ stay out of reach).
var incomingOnly = '''
(
 (
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'} AND NOT SubOperationMatches{'Blob.List'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'})
 )
 OR
 (
  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith 'incoming/'
 )
)
'''

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource articles 'queues' existing = {
      name: articlesQueueName
    }

    resource poison 'queues' existing = {
      name: poisonQueueName
    }
  }

  resource tableService 'tableServices' existing = {
    name: 'default'

    resource poison 'tables' existing = {
      name: poisonTableName
    }
  }

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource articles 'containers' existing = {
      name: articlesContainerName
    }
  }
}

resource sendArticles 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueService::articles.id, principalId, storageQueueDataMessageSender)
  scope: storage::queueService::articles
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
    description: 'QuoteCheck operator: submit articles (quotecheck submit, poison replay).'
  }
}

resource processPoison 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueService::poison.id, principalId, storageQueueDataMessageProcessor)
  scope: storage::queueService::poison
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      storageQueueDataMessageProcessor
    )
    description: 'QuoteCheck operator: list, replay and delete poison messages (quotecheck poison).'
  }
}

resource writeIncoming 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::articles.id, principalId, storageBlobDataContributor)
  scope: storage::blobService::articles
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    condition: incomingOnly
    conditionVersion: '2.0'
    description: 'QuoteCheck operator: upload bodies too large for a queue message, under incoming/ only.'
  }
}

// Table Data Contributor on the Poison table alone: replay deletes the record it sent (there is no
// built-in read-and-delete table role). The table holds only poison records and failure notes, with
// SAS signatures and keys already redacted.
resource poisonRecords 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::tableService::poison.id, principalId, storageTableDataContributor)
  scope: storage::tableService::poison
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    description: 'QuoteCheck operator: list and replay drained poison messages (quotecheck poison).'
  }
}
