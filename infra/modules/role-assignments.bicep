// Data-plane role assignments for one principal, scoped to the resources it uses (never the
// resource group). main.bicep says why each role is needed.

@description('Object (principal) ID receiving the roles.')
param principalId string

@description('A value known before deployment that identifies the principal (the identity\'s resource ID, or the object ID itself). Role assignment names derive from it, so what-if can predict them.')
param principalKey string

@description('Kind of principal; set it for identities created in the same deployment so ARM does not wait on directory replication.')
param principalType ('Group' | 'ServicePrincipal' | 'User')?

@description('Storage account the storage roles are scoped to.')
param storageAccountName string

@description('Role definition IDs (GUIDs) to grant on the storage account.')
param storageRoleIds string[]

@description('Application Insights component the monitoring roles are scoped to.')
param applicationInsightsName string

@description('Role definition IDs (GUIDs) to grant on the Application Insights component.')
param monitoringRoleIds string[] = []

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoleIds: {
    name: guid(storage.id, principalKey, roleId)
    scope: storage
    properties: {
      principalId: principalId
      principalType: principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource monitoringAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in monitoringRoleIds: {
    name: guid(applicationInsights.id, principalKey, roleId)
    scope: applicationInsights
    properties: {
      principalId: principalId
      principalType: principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]
