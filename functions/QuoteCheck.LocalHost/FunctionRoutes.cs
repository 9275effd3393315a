using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace QuoteCheck.LocalHost;

/// <summary>
/// Maps every HTTP function of the Functions app onto ASP.NET Core, reading the route and methods off its
/// <see cref="HttpTriggerAttribute"/>, so the two hosts cannot drift apart.
/// </summary>
public static class FunctionRoutes
{
    /// <summary>Routes live under <c>/api</c>, as in the Functions host.</summary>
    public const string RoutePrefix = "api";

    /// <summary>Maps the HTTP functions found in <paramref name="functionsAssembly"/>.</summary>
    public static IEndpointRouteBuilder MapFunctionRoutes(this IEndpointRouteBuilder endpoints, Assembly functionsAssembly)
    {
        ArgumentNullException.ThrowIfNull(functionsAssembly);
        foreach (var (type, method, trigger) in FindHttpFunctions(functionsAssembly))
        {
            var name = method.GetCustomAttribute<FunctionAttribute>()!.Name;
            var binders = method.GetParameters().Select(p => Binder(p, name)).ToArray();
            endpoints.MapMethods($"/{RoutePrefix}/{trigger.Route}", trigger.Methods!.Select(m => m.ToUpperInvariant()), async context =>
            {
                var function = context.RequestServices.GetRequiredService(type);
                var arguments = binders.Select(bind => bind(context)).ToArray();
                var returned = method.Invoke(function, arguments);
                if (returned is Task task)
                {
                    await task.ConfigureAwait(false);
                    returned = task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
                }

                await ((IResult)returned!).ExecuteAsync(context).ConfigureAwait(false);
            }).WithName(name);
        }

        return endpoints;
    }

    /// <summary>Every method with a <see cref="FunctionAttribute"/> and an HTTP trigger parameter.</summary>
    public static IEnumerable<(Type Type, MethodInfo Method, HttpTriggerAttribute Trigger)> FindHttpFunctions(Assembly functionsAssembly) =>
        from type in functionsAssembly.GetExportedTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where trigger is not null
        select (type, method, trigger);

    private static Func<HttpContext, object?> Binder(ParameterInfo parameter, string function)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        if (parameter.ParameterType == typeof(string))
        {
            var name = parameter.Name!;
            return context => context.Request.RouteValues[name] as string;
        }

        throw new NotSupportedException($"Function {function}: the local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; HTTP functions take HttpRequest, route values as strings and a CancellationToken.");
    }
}
