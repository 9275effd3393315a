// The QuoteCheck Function App on the Flex Consumption plan (FC1), .NET 10 isolated worker.
// Everything the app reaches, it reaches as its user-assigned managed identity: the deployment
// package container, AzureWebJobsStorage (blob, queue, table) and Application Insights ingestion.
// App Service authentication (Microsoft Entra ID) stands in front of every HTTP function: a caller
// without a valid sign-in or bearer token for the app registration gets 401 before any code runs.
// The desk's static files are the only exception; the page signs people in at /.auth/login/aad.

@description('Azure region for the plan and the app (must be a region that offers Flex Consumption).')
param location string

@description('Tags applied to the plan and the app.')
param tags { *: string }

@description('azd service name (azure.yaml) tagged on the app only: azd expects exactly one resource per service.')
param azdServiceName string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (also its default host name).')
param name string

@description('Resource ID of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client ID of that identity; the Functions host and the Azure SDK select it with this.')
param identityClientId string

@description('Resource ID of a second user-assigned identity, used only as the app registration\'s federated credential for sign-in (no client secret).')
param authIdentityId string

@description('Client ID of that identity.')
param authIdentityClientId string

@description('Application (client) ID of the Entra app registration (infra/entra-app.sh creates it) that signs people and tools in.')
param authClientId string

@description('Resource ID of the subnet the app joins (Flex Consumption VNet integration), or empty for none.')
param virtualNetworkSubnetId string

@description('Log Analytics workspace that receives the app\'s logs (FunctionAppLogs, authentication logs) and metrics.')
param logAnalyticsWorkspaceId string

@description('Name of the storage account used as AzureWebJobsStorage and for the deployment package.')
param storageAccountName string

@description('Blob container (in that account) that holds the deployment package.')
param deploymentContainerName string

@description('Application Insights component that receives the telemetry.')
param applicationInsightsName string

@description('Upper bound on instances the plan scales out to: the cost ceiling under load.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB; CPU is allocated in proportion.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Application settings beyond the storage and telemetry ones this module sets.')
param appSettings { *: string }

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, {
    'azd-service-name': azdServiceName
  })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
      '${authIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Flex Consumption takes the worker runtime and version from functionAppConfig above, so
  // FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION must not be set here.
  resource settings 'config' = {
    name: 'appsettings'
    properties: union(appSettings, {
      // AzureWebJobsStorage in identity-based form: one service URI per service, no connection string.
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      // Lets DefaultAzureCredential anywhere in the app pick the same user-assigned identity.
      AZURE_CLIENT_ID: identityClientId
      // The connection string identifies the component; ingestion is authorised by Entra ID only.
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // Sign-in without a client secret: App Service authentication presents this identity's token
      // as the app registration's client assertion (its federated credential; infra/entra-app.sh).
      OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: authIdentityClientId
      // Only tokens issued by this tenant are accepted.
      WEBSITE_AUTH_AAD_ALLOWED_TENANTS: tenant().tenantId
    })
  }

  // App Service authentication with Microsoft Entra ID. Unauthenticated requests get 401 (an API;
  // the desk page shows a sign-in link); the platform validates cookies and bearer tokens, removes
  // any X-MS-CLIENT-PRINCIPAL header a client sends, and passes the caller's claims (app roles
  // Reviewer, Editor, Submitter) to the app in that header. QuoteCheck trusts nothing else.
  resource authentication 'config' = {
    name: 'authsettingsV2'
    properties: {
      platform: {
        enabled: true
      }
      globalValidation: {
        requireAuthentication: true
        unauthenticatedClientAction: 'Return401'
        // The desk's page, scripts and styles and the API's description carry no data; every API
        // call they lead to is checked. The published fact checks (schema.org ClaimReview, Published quotes only) are what the
        // newsroom publishes: its site, partners and fact-check aggregators read them without a
        // sign-in. Exclusions match a path or a prefix ending in '/*', so the public ClaimReview
        // routes live under /api/claimreview; everything under /api/quotes stays signed-in.
        excludedPaths: [
          '/api/desk'
          '/api/desk/*'
          '/api/openapi.json'
          '/api/claimreview'
          '/api/claimreview/*'
        ]
      }
      httpSettings: {
        requireHttps: true
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: authClientId
            clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
            openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          }
          validation: {
            // Browser sign-ins (ID tokens) carry the client ID; tools' access tokens for
            // api://<client id>/.default carry either form.
            allowedAudiences: [
              authClientId
              'api://${authClientId}'
            ]
          }
        }
      }
      login: {
        // Deep links (#article/quote) survive the round trip through the sign-in page.
        preserveUrlFragmentsForLogins: true
        // The app needs no provider tokens (it never calls Graph), so none are stored.
        tokenStore: {
          enabled: false
        }
      }
    }
  }

  // No publishing user names or passwords: deployments (azd, az functionapp deploy) use Entra ID.
  resource ftpCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmCredentials 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

// The app's own logs (FunctionAppLogs, AppServiceAuthenticationLogs) and metrics, beside
// Application Insights: the platform's view, including sign-in failures.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionApp
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
