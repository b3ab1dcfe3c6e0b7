using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Jipp.Application.Common.Errors;
using Jipp.Domain.Common;

namespace Jipp.Api.Tests.RefusalCoverage;

/// <summary>
/// Finds, by reading the compiled code (IL), every refusal code a method can raise: it follows
/// every call, constructor, lambda, local function and async state machine within the followed
/// assemblies, from an endpoint's handler method to the Mediator handler of each command or query
/// it creates (and the validators of that message) and on into the domain. A refusal is the
/// creation of:
/// <list type="bullet">
/// <item>an exception type with a static <c>ErrorCode</c> (<see cref="InvalidTransitionException"/>,
/// <c>NotFoundException</c>, …): that code;</item>
/// <item>a <see cref="DomainException"/> through its <c>(string code, …)</c> constructor: the code
/// must be a literal (or a constant), else the site is reported as a problem;</item>
/// <item><see cref="Refusal.ToException"/> called on a catalog entry (<c>Refusal.X</c>): its code.</item>
/// </list>
/// It over-approximates (a refusal created on any path counts, a call to an interface method counts
/// every implementation in the followed assemblies), so it may ask to document a code that cannot
/// happen, but never misses one that can, except through reflection or delegates from outside.
/// </summary>
internal sealed class RefusalAnalysis
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly MethodInfo ToException = typeof(Refusal).GetMethod(nameof(Refusal.ToException))!;

    private readonly HashSet<Assembly> _followed;
    private readonly List<Type> _types;
    private readonly Dictionary<MethodBase, Facts> _facts = [];

    public RefusalAnalysis(params Assembly[] followed)
    {
        _followed = [.. followed];
        _types = [.. followed.SelectMany(a => a.GetTypes())];
    }

    /// <summary>The refusal codes the method can raise, with the path that reaches each, and what could not be told.</summary>
    public Result Analyze(MethodBase root)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var messages = new HashSet<Type>();
        var via = new Dictionary<MethodBase, MethodBase?> { [Normalize(root)] = null };
        var queue = new Queue<MethodBase>([Normalize(root)]);

        void Reach(MethodBase method, MethodBase from)
        {
            var normalized = Normalize(method);
            if (IsFollowed(normalized) && via.TryAdd(normalized, from))
            {
                queue.Enqueue(normalized);
            }
        }

        void Message(Type type, MethodBase from)
        {
            if (!messages.Add(type))
            {
                return;
            }

            foreach (var handler in HandlersOf(type))
            {
                Reach(handler, from);
            }

            if (HasValidator(type))
            {
                codes.TryAdd(Refusal.Validation.Code, $"the validator of {type.Name}");
            }
        }

        foreach (var parameter in root.GetParameters().Where(p => IsMessage(p.ParameterType)))
        {
            Message(parameter.ParameterType, root);
        }

        while (queue.TryDequeue(out var method))
        {
            var facts = FactsOf(method);
            foreach (var code in facts.Codes)
            {
                codes.TryAdd(code, Path(method, via));
            }

            problems.AddRange(facts.Problems);
            foreach (var created in facts.Messages)
            {
                Message(created, method);
            }

            foreach (var callee in facts.Callees)
            {
                Reach(callee, method);
            }
        }

        return new Result(codes, problems, messages);
    }

    /// <summary>Every refusal code any method of the followed assemblies can raise, and what could not be told.</summary>
    public Result AnalyzeEverything()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in _types.SelectMany(t => t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all))))
        {
            if (method == ToException)
            {
                // The factory itself: its code is told where it is called, on a catalog entry.
                continue;
            }

            var facts = FactsOf(method);
            foreach (var code in facts.Codes)
            {
                codes.TryAdd(code, Name(method));
            }

            problems.AddRange(facts.Problems);
        }

        return new Result(codes, problems, new HashSet<Type>());
    }

    private static string Path(MethodBase method, Dictionary<MethodBase, MethodBase?> via)
    {
        var names = new List<string>();
        for (MethodBase? step = method; step is not null && names.Count < 12; step = via[step])
        {
            names.Add(Name(step));
        }

        return string.Join(" ← ", names);
    }

    private static string Name(MethodBase method) => $"{method.DeclaringType?.Name}.{method.Name}";

    private bool IsFollowed(MethodBase method) => method.DeclaringType is { } type && _followed.Contains(type.Assembly);

    /// <summary>The definition of a method on a constructed generic type or a generic method instance.</summary>
    private static MethodBase Normalize(MethodBase method) =>
        method.DeclaringType is { IsGenericType: true } || method is MethodInfo { IsGenericMethod: true }
            ? method.Module.ResolveMethod(method.MetadataToken)!
            : method;

    private static bool IsMessage(Type type) => type.GetInterfaces().Any(i => i.FullName == "Mediator.IMessage");

    private IEnumerable<MethodBase> HandlersOf(Type message)
    {
        foreach (var type in _types.Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i =>
                i is { IsGenericType: true, Namespace: "Mediator" } && i.Name.Contains("Handler`", StringComparison.Ordinal) && i.GetGenericArguments()[0] == message))
            {
                foreach (var target in type.GetInterfaceMap(contract).TargetMethods)
                {
                    yield return target;
                }
            }
        }
    }

    private bool HasValidator(Type message) =>
        _types.Any(t => !t.IsAbstract && BaseTypes(t).Any(b => b.IsGenericType && b.GetGenericTypeDefinition().FullName == "FluentValidation.AbstractValidator`1" && b.GetGenericArguments()[0] == message));

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>The implementations, in the followed assemblies, of an interface or virtual method.</summary>
    private IEnumerable<MethodBase> ImplementationsOf(MethodInfo method)
    {
        var declaring = method.DeclaringType!;
        if (declaring.IsInterface)
        {
            foreach (var type in _types.Where(t => !t.IsInterface))
            {
                foreach (var contract in type.GetInterfaces().Where(i => (i.IsGenericType ? i.GetGenericTypeDefinition() : i) == declaring))
                {
                    InterfaceMapping map;
                    try
                    {
                        map = type.GetInterfaceMap(contract);
                    }
                    catch (ArgumentException)
                    {
                        continue;
                    }

                    for (var i = 0; i < map.InterfaceMethods.Length; i++)
                    {
                        if (map.InterfaceMethods[i].MetadataToken == method.MetadataToken && map.InterfaceMethods[i].Module == method.Module)
                        {
                            yield return map.TargetMethods[i];
                        }
                    }
                }
            }
        }
        else if (method.IsVirtual)
        {
            var root = method.GetBaseDefinition();
            const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var type in _types.Where(t => t != declaring && BaseTypes(t).Any(b => (b.IsGenericType ? b.GetGenericTypeDefinition() : b) == declaring)))
            {
                foreach (var candidate in type.GetMethods(declared).Where(m => m.IsVirtual && m.Name == method.Name))
                {
                    var baseDefinition = candidate.GetBaseDefinition();
                    if (baseDefinition.MetadataToken == root.MetadataToken && baseDefinition.Module == root.Module)
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    private Facts FactsOf(MethodBase method)
    {
        if (!_facts.TryGetValue(method, out var facts))
        {
            facts = Read(method);
            _facts[method] = facts;
        }

        return facts;
    }

    /// <summary>Reads a method's IL once: what it calls, which messages it creates, which refusals it raises.</summary>
    private Facts Read(MethodBase method)
    {
        var facts = new Facts();
        if (method.GetCustomAttribute<StateMachineAttribute>() is { StateMachineType: { } machine })
        {
            // An async method's or iterator's body is the MoveNext of its state machine.
            facts.Callees.Add(machine.GetMethod(nameof(IAsyncStateMachine.MoveNext), BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!);
        }

        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            return facts;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var returnsValue = method is MethodInfo info && info.ReturnType != typeof(void);
        var saved = new Dictionary<int, List<object?>>();
        foreach (var clause in body.ExceptionHandlingClauses)
        {
            // A catch (or filter) handler starts with the exception on the stack; a finally or fault handler with nothing.
            var caught = clause.Flags is ExceptionHandlingClauseOptions.Clause or ExceptionHandlingClauseOptions.Filter;
            saved[clause.HandlerOffset] = caught ? [null] : [];
            if (clause.Flags == ExceptionHandlingClauseOptions.Filter)
            {
                saved[clause.FilterOffset] = [null];
            }
        }

        var stack = new List<object?>();
        var reachable = true;
        var position = 0;
        while (position < il.Length)
        {
            if (saved.TryGetValue(position, out var state))
            {
                stack = reachable ? Merge(stack, state) : [.. state];
                reachable = true;
            }
            else if (!reachable)
            {
                stack = [];
                reachable = true;
            }

            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opcode = OpCodesByValue[value];
            var operandStart = position;
            position += OperandSize(opcode.OperandType, il, position);
            var token = opcode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineString or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig
                ? BitConverter.ToInt32(il, operandStart)
                : 0;

            if (opcode == OpCodes.Ldstr)
            {
                stack.Add(method.Module.ResolveString(token));
            }
            else if (opcode == OpCodes.Ldsfld)
            {
                var field = method.Module.ResolveField(token, typeArguments, methodArguments)!;
                stack.Add(field.FieldType == typeof(Refusal) && field.IsInitOnly ? field.GetValue(null) : null);
            }
            else if (opcode == OpCodes.Dup)
            {
                stack.Add(Peek(stack));
            }
            else if (opcode == OpCodes.Call || opcode == OpCodes.Callvirt || opcode == OpCodes.Newobj)
            {
                var callee = method.Module.ResolveMethod(token, typeArguments, methodArguments)!;
                var parameters = callee.GetParameters();
                var arguments = Pop(stack, parameters.Length + (!callee.IsStatic && opcode != OpCodes.Newobj ? 1 : 0));
                if (opcode == OpCodes.Newobj)
                {
                    Created((ConstructorInfo)callee, arguments, method, facts);
                    stack.Add(null);
                }
                else
                {
                    if (callee == ToException)
                    {
                        Raised(arguments[0] is Refusal refusal ? refusal.Code : null, $"Refusal.ToException on something other than a Refusal.X of the catalog in {Name(method)}", facts);
                    }
                    else
                    {
                        Called(callee, facts);
                    }

                    if (callee is MethodInfo { ReturnType: var returned } && returned != typeof(void))
                    {
                        stack.Add(null);
                    }
                }
            }
            else if (opcode == OpCodes.Ldftn || opcode == OpCodes.Ldvirtftn)
            {
                // A lambda, a local function or a method group: its body runs when the delegate is invoked.
                Called(method.Module.ResolveMethod(token, typeArguments, methodArguments)!, facts);
                Pop(stack, opcode == OpCodes.Ldvirtftn ? 1 : 0);
                stack.Add(null);
            }
            else if (opcode == OpCodes.Calli)
            {
                // The signature is not resolved here; nothing the service uses is called this way.
                facts.Problems.Add($"{Name(method)} uses calli; its stack is not followed");
                stack = [];
            }
            else if (opcode == OpCodes.Leave || opcode == OpCodes.Leave_S)
            {
                Save(saved, Target(opcode, il, operandStart, position), []);
                reachable = false;
            }
            else if (opcode == OpCodes.Switch)
            {
                Pop(stack, 1);
                var count = BitConverter.ToInt32(il, operandStart);
                for (var i = 0; i < count; i++)
                {
                    Save(saved, position + BitConverter.ToInt32(il, operandStart + 4 + (4 * i)), stack);
                }
            }
            else
            {
                Pop(stack, opcode == OpCodes.Ret ? (returnsValue ? 1 : 0) : Pops(opcode.StackBehaviourPop));
                for (var i = Pushes(opcode.StackBehaviourPush); i > 0; i--)
                {
                    stack.Add(null);
                }

                if (opcode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget)
                {
                    Save(saved, Target(opcode, il, operandStart, position), stack);
                }

                if (opcode.FlowControl is FlowControl.Branch or FlowControl.Return or FlowControl.Throw || opcode == OpCodes.Endfinally || opcode == OpCodes.Endfilter || opcode == OpCodes.Jmp)
                {
                    reachable = false;
                }
            }
        }

        return facts;
    }

    private void Called(MethodBase callee, Facts facts)
    {
        facts.Callees.Add(callee);
        if (callee is MethodInfo { IsAbstract: true } or MethodInfo { IsVirtual: true, IsFinal: false } && IsFollowed(callee))
        {
            facts.Callees.AddRange(ImplementationsOf((MethodInfo)Normalize(callee)));
        }
    }

    private static void Created(ConstructorInfo constructor, List<object?> arguments, MethodBase site, Facts facts)
    {
        var type = constructor.DeclaringType!;
        facts.Callees.Add(constructor);
        if (IsMessage(type))
        {
            facts.Messages.Add(type);
        }

        if (!typeof(Exception).IsAssignableFrom(type))
        {
            return;
        }

        const BindingFlags statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.GetField("ErrorCode", statics) is { FieldType: var fieldType } field && fieldType == typeof(string))
        {
            Raised((string?)field.GetValue(null), string.Empty, facts);
        }
        else if (type.GetProperty("ErrorCode", statics) is { PropertyType: var propertyType } property && propertyType == typeof(string))
        {
            Raised((string?)property.GetValue(null), string.Empty, facts);
        }
        else if (typeof(DomainException).IsAssignableFrom(type))
        {
            var first = constructor.GetParameters().FirstOrDefault();
            var code = first is { Name: "code" } && first.ParameterType == typeof(string) ? arguments[0] as string : null;
            Raised(code, $"{Name(site)} creates a {type.Name} whose code is not a literal of the catalog; pass it as a literal or a constant", facts);
        }
        else if (type.FullName == "FluentValidation.ValidationException")
        {
            Raised(Refusal.Validation.Code, string.Empty, facts);
        }
    }

    private static void Raised(string? code, string problem, Facts facts)
    {
        if (code is null)
        {
            facts.Problems.Add(problem);
        }
        else
        {
            facts.Codes.Add(code);
        }
    }

    private static int Target(OpCode opcode, byte[] il, int operandStart, int next) =>
        next + (opcode.OperandType == OperandType.ShortInlineBrTarget ? (sbyte)il[operandStart] : BitConverter.ToInt32(il, operandStart));

    private static void Save(Dictionary<int, List<object?>> saved, int target, List<object?> stack) =>
        saved[target] = saved.TryGetValue(target, out var earlier) ? Merge(earlier, stack) : [.. stack];

    /// <summary>Two states that meet: a slot keeps its value only where both agree.</summary>
    private static List<object?> Merge(List<object?> first, List<object?> second)
    {
        var depth = Math.Min(first.Count, second.Count);
        var merged = new List<object?>(depth);
        for (var i = 0; i < depth; i++)
        {
            merged.Add(Equals(first[first.Count - depth + i], second[second.Count - depth + i]) ? first[first.Count - depth + i] : null);
        }

        return merged;
    }

    private static object? Peek(List<object?> stack) => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Pops <paramref name="count"/> values, returned in push order (the first argument first).</summary>
    private static List<object?> Pop(List<object?> stack, int count)
    {
        var popped = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            var top = stack.Count > 0 ? stack[^1] : null;
            if (stack.Count > 0)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            popped.Insert(0, top);
        }

        return popped;
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    private static int Pops(StackBehaviour behaviour) => behaviour switch
    {
        StackBehaviour.Pop0 or StackBehaviour.Varpop => 0,
        StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
        StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8
            or StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
        _ => 3,
    };

    private static int Pushes(StackBehaviour behaviour) => behaviour switch
    {
        StackBehaviour.Push0 or StackBehaviour.Varpush => 0,
        StackBehaviour.Push1_push1 => 2,
        _ => 1,
    };

    private sealed class Facts
    {
        public List<MethodBase> Callees { get; } = [];

        public HashSet<Type> Messages { get; } = [];

        public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

        public List<string> Problems { get; } = [];
    }

    /// <param name="Codes">Each code with the path (innermost first) through which it is raised.</param>
    /// <param name="Problems">Refusal sites whose code could not be told.</param>
    /// <param name="Messages">The commands and queries sent.</param>
    public sealed record Result(IReadOnlyDictionary<string, string> Codes, IReadOnlyList<string> Problems, IReadOnlySet<Type> Messages);
}
