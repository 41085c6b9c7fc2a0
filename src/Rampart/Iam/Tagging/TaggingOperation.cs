using System.Globalization;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Iam.Tagging;

/// <summary>Base of Tag{Kind}, Untag{Kind} and List{Kind}Tags: the kind names the operation and its action, and
/// the entity's ARN is the resource.</summary>
public abstract class TaggingOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
    where TRequest : ITaggedEntityRequest
{
    protected TaggingOperation(
        ITaggedEntities entities,
        string nameFormat,
        bool readOnly,
        Func<TRequest, IReadOnlyDictionary<string, string>>? requestTags = null,
        Func<TRequest, IReadOnlyDictionary<string, ContextValue>>? contextKeys = null)
    {
        Entities = entities;
        Name = string.Format(CultureInfo.InvariantCulture, nameFormat, entities.Kind);
        Declaration = new()
        {
            Action = "iam:" + Name,
            ReadOnly = readOnly,
            Resources = (request, call) => [entities.Arn(call, request.EntityId)],
            RequestTags = requestTags,
            ContextKeys = contextKeys is null ? null : (request, _) => contextKeys(request),
        };
    }

    public sealed override string Service => "iam";

    public sealed override string Name { get; }

    protected ITaggedEntities Entities { get; }

    protected sealed override OperationDeclaration<TRequest> Declaration { get; }
}
