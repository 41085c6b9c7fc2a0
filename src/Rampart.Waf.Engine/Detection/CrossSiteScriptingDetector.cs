using System.Buffers;
using System.Text;

namespace Rampart.Waf.Engine.Detection;

/// <summary>
/// Decides whether a value is cross-site scripting by reading it as a browser would. It tokenizes HTML tags and their
/// attributes: script-capable elements (script, iframe, object, embed, svg, ...), event-handler attributes (on...),
/// and URL or style attributes whose value, after entity decoding and the control characters browsers ignore, runs
/// script (javascript:, vbscript:, data:text/html, expression(...)). Outside tags it looks for the ways an injection
/// breaks out of an attribute or a script string: a quote followed by an event handler, or a quote or operator followed
/// by a call to a script sink (alert, eval, document.cookie, ...), and javascript: URLs that run code.
/// </summary>
internal static class CrossSiteScriptingDetector
{
    private static readonly HashSet<string> ScriptElements = new(StringComparer.Ordinal)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "meta", "base", "svg", "math", "xml",
        "import", "isindex", "xss", "layer", "ilayer", "bgsound", "handler", "listener", "vmlframe", "portal",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "action", "formaction", "data", "xlink:href", "background", "dynsrc", "lowsrc", "poster", "code",
        "codebase", "srcdoc", "content", "value", "to", "from", "values", "by", "cite", "longdesc", "usemap", "profile",
        "classid", "archive", "ping", "manifest", "icon", "srcset", "xmlns", "folder", "datasrc", "rel",
    };

    private static readonly HashSet<string> EventHandlers = new(StringComparer.Ordinal)
    {
        "onload", "onerror", "onclick", "ondblclick", "onmouseover", "onmouseout", "onmousemove", "onmousedown",
        "onmouseup", "onmouseenter", "onmouseleave", "onfocus", "onblur", "onfocusin", "onfocusout", "onchange",
        "onsubmit", "onreset", "onkeydown", "onkeyup", "onkeypress", "oninput", "oninvalid", "onselect", "onscroll",
        "onresize", "onunload", "onbeforeunload", "onhashchange", "onpageshow", "onpagehide", "onpopstate", "onmessage",
        "onanimationstart", "onanimationend", "onanimationiteration", "ontransitionend", "ontransitionstart",
        "ontoggle", "onbegin", "onend", "onrepeat", "onstart", "onfinish", "onbounce", "onpointerover",
        "onpointerdown", "onpointerup", "onpointerenter", "onpointerleave", "onpointermove", "onwheel", "onauxclick",
        "oncontextmenu", "ondrag", "ondragstart", "ondragend", "ondragenter", "ondragover", "ondrop", "oncopy", "oncut",
        "onpaste", "onplay", "onplaying", "onpause", "onended", "oncanplay", "oncanplaythrough", "onloadstart",
        "onloadeddata", "onloadedmetadata", "onprogress", "onsearch", "onshow", "onafterprint", "onbeforeprint",
        "onselectstart", "onselectionchange", "onformdata", "ontouchstart", "ontouchend", "ontouchmove",
        "onreadystatechange", "onactivate", "onbeforeactivate", "onfilterchange", "onvolumechange", "onwaiting",
        "ontimeupdate", "onseeking", "onseeked", "onstalled", "onsuspend", "onratechange", "ondurationchange",
        "onemptied", "onbeforeinput", "onbeforecopy", "onbeforecut", "onbeforepaste", "onmousewheel", "onpropertychange",
        "ondataavailable", "onerrorupdate", "onlosecapture", "onmove", "onbeforetoggle", "onscrollend", "oncuechange",
        "onslotchange", "onsecuritypolicyviolation", "onwebkitanimationstart", "onwebkitanimationend", "onwebkittransitionend",
    };

    private static readonly string[] Sinks =
    [
        "alert", "prompt", "confirm", "eval", "settimeout", "setinterval", "function", "fetch", "import", "execscript",
        "document.write", "document.writeln", "string.fromcharcode", "atob", "top[", "self[", "window[", "this[", "parent[",
    ];

    private static readonly string[] SinkProperties =
    [
        "document.cookie", "document.domain", "document.location", "window.location", "location.href",
        "document.body", "innerhtml", "outerhtml", ".constructor(", "constructor.constructor", "window.name",
    ];

    // Every way of running script needs one of these: a tag, an attribute or property assignment, a URL scheme, a
    // call, an index, a template, or a quote or semicolon to break out of a string.
    private static readonly SearchValues<char> Triggers = SearchValues.Create("<=:(`[{'\";");

    private static readonly SearchValues<string> SinkNames = SearchValues.Create(Sinks, StringComparison.Ordinal);

    private static readonly SearchValues<string> PropertyNames = SearchValues.Create(SinkProperties, StringComparison.Ordinal);

    public static bool IsAttack(string value)
    {
        if (value.Length < 4 || value.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return false;
        }
        var lower = Lower(value);
        return Tags(lower) || AttributeBreakout(lower) || ScriptUrl(lower, 0) || ScriptBreakout(lower) || TemplateInjection(lower);
    }

    private static string Lower(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return value;
        }
        return string.Create(value.Length, value, static (lower, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                lower[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
            }
        });
    }

    private static bool Tags(string s)
    {
        var i = s.IndexOf('<');
        while (i >= 0 && i < s.Length - 1)
        {
            var j = i + 1;
            if (s[j] == '/')
            {
                j++;
            }
            var nameStart = j;
            while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is ':' or '-' or '_') && (j > nameStart || char.IsAsciiLetter(s[j])))
            {
                j++;
            }
            if (j > nameStart)
            {
                var name = s[nameStart..j];
                if (ScriptElements.Contains(name) || name.StartsWith("svg:", StringComparison.Ordinal))
                {
                    return true;
                }
                if (Attributes(s, j, name, out var end))
                {
                    return true;
                }
                if (name == "style" && StyleRunsScript(s.AsSpan(end)))
                {
                    return true;
                }
                if (name == "link" && (s.IndexOf("import", end > j ? j : end, StringComparison.Ordinal) is var imp && imp >= 0 && imp < end))
                {
                    return true;
                }
            }
            i = s.IndexOf('<', i + 1);
        }
        return false;
    }

    // Reads a tag's attributes up to '>' (or the end: browsers still act on an unclosed tag at the end of a document).
    private static bool Attributes(string s, int i, string tag, out int end)
    {
        while (i < s.Length)
        {
            while (i < s.Length && (IsSpace(s[i]) || s[i] == '/' || s[i] == '"' || s[i] == '\''))
            {
                i++;
            }
            if (i >= s.Length || s[i] == '>')
            {
                break;
            }
            if (s[i] == '<')
            {
                end = i;
                return false;
            }
            var nameStart = i;
            while (i < s.Length && !IsSpace(s[i]) && s[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            var name = s[nameStart..i];
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }
            string? value = null;
            if (i < s.Length && s[i] == '=')
            {
                i++;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                if (i < s.Length && s[i] is '"' or '\'' or '`')
                {
                    var quote = s[i];
                    var close = s.IndexOf(quote, i + 1);
                    value = close < 0 ? s[(i + 1)..] : s[(i + 1)..close];
                    i = close < 0 ? s.Length : close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
                    {
                        i++;
                    }
                    value = s[valueStart..i];
                }
            }
            if (name.Length > 2 && name.StartsWith("on", StringComparison.Ordinal) && char.IsAsciiLetter(name[2]))
            {
                end = i;
                return true;
            }
            if (value is not null && AttributeRunsScript(name, value, tag))
            {
                end = i;
                return true;
            }
        }
        end = i;
        return false;
    }

    private static bool AttributeRunsScript(string name, string value, string tag)
    {
        var decoded = Lower(Transformations.HtmlEntityDecoder.Decode(value));
        if (name == "style")
        {
            return StyleRunsScript(decoded);
        }
        if (UrlAttributes.Contains(name) || tag is "a" or "form" or "button" or "input")
        {
            var compact = WithoutIgnoredChars(decoded);
            return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal) ||
                   compact.StartsWith("livescript:", StringComparison.Ordinal) || compact.StartsWith("data:text/html", StringComparison.Ordinal) ||
                   compact.StartsWith("data:image/svg", StringComparison.Ordinal) || compact.StartsWith("data:application/", StringComparison.Ordinal) ||
                   compact.Contains("url=javascript:", StringComparison.Ordinal) || name == "srcdoc" && compact.Contains('<');
        }
        return false;
    }

    private static bool StyleRunsScript(ReadOnlySpan<char> style)
    {
        var compact = WithoutIgnoredChars(style.ToString());
        return compact.Contains("expression(", StringComparison.Ordinal) || compact.Contains("javascript:", StringComparison.Ordinal) ||
               compact.Contains("behavior:", StringComparison.Ordinal) || compact.Contains("-moz-binding", StringComparison.Ordinal) ||
               compact.Contains("@import", StringComparison.Ordinal) || compact.Contains("vbscript:", StringComparison.Ordinal);
    }

    // Browsers ignore white space and control characters inside a URL scheme ("java\tscript:") and CSS escapes
    // backslashes, so both are dropped before comparing.
    private static string WithoutIgnoredChars(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsIgnored(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    // What browsers skip inside a URL scheme or a CSS value: white space, control characters and backslashes.
    private static bool IsIgnored(char c) => c <= ' ' || c == (char)160 || c == '\\';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or (char)11 or (char)160 or '\0';

    // "\" onmouseover=\"alert(1)": an event handler right after a quote or a space that follows a quote.
    private static bool AttributeBreakout(string s)
    {
        // The first quote, slash or '>' of the value: a handler after it may have broken out of an attribute.
        var firstBreak = s.AsSpan().IndexOfAny("\"'`/>");
        var at = s.IndexOf("on", StringComparison.Ordinal);
        while (at >= 0)
        {
            var j = at + 2;
            while (j < s.Length && char.IsAsciiLetter(s[j]))
            {
                j++;
            }
            var name = s[at..j];
            var k = j;
            while (k < s.Length && IsSpace(s[k]))
            {
                k++;
            }
            if (k < s.Length && s[k] == '=' && EventHandlers.Contains(name) && (at == 0 || !char.IsAsciiLetterOrDigit(s[at - 1])) &&
                (at == 0 || firstBreak >= 0 && firstBreak < at))
            {
                return true;
            }
            at = s.IndexOf("on", at + 2, StringComparison.Ordinal);
        }
        return false;
    }

    // javascript: at the start of a value (an injected link), followed by code rather than prose.
    private static bool ScriptUrl(string s, int start)
    {
        if (s.IndexOf(':', start) < 0)
        {
            return false;
        }
        foreach (var scheme in (string[])["javascript:", "vbscript:", "livescript:"])
        {
            if (!StartsWithIgnoredCharsSkipped(s, start, scheme))
            {
                continue;
            }
            var rest = s[(s.IndexOf(':', start) + 1)..].TrimStart();
            if (rest.Length == 0)
            {
                return false;
            }
            var first = rest[0];
            if (!char.IsAsciiLetter(first))
            {
                return first is '/' or '(' or '[' or '{' or '\'' or '"' or '`' or '%' or '!' or '+' or '-' or '~' or '_' or '$';
            }
            var word = 0;
            while (word < rest.Length && (char.IsAsciiLetterOrDigit(rest[word]) || rest[word] is '_' or '$'))
            {
                word++;
            }
            return word < rest.Length && rest[word] is '(' or '.' or '=' or '[' or '`' or ';';
        }
        return StartsWithIgnoredCharsSkipped(s, start, "data:text/html");
    }

    // What WithoutIgnoredChars(s[start..]).StartsWith(prefix) says, without copying a value of up to 8 KB to learn it.
    private static bool StartsWithIgnoredCharsSkipped(string s, int start, string prefix)
    {
        var matched = 0;
        for (var i = start; i < s.Length && matched < prefix.Length; i++)
        {
            if (IsIgnored(s[i]))
            {
                continue;
            }
            if (s[i] != prefix[matched])
            {
                return false;
            }
            matched++;
        }
        return matched == prefix.Length;
    }

    // '-alert(1)-', ";alert(1)//", "</title><script>": a quote, semicolon or operator, then a script sink.
    private static bool ScriptBreakout(string s)
    {
        var from = 0;
        while (from < s.Length && s.AsSpan(from).IndexOfAny(SinkNames) is var offset and >= 0)
        {
            var at = from + offset;
            foreach (var sink in Sinks)
            {
                if (!s.AsSpan(at).StartsWith(sink, StringComparison.Ordinal))
                {
                    continue;
                }
                var called = sink.EndsWith('[') || NextIsCall(s, at + sink.Length);
                if (called && BreaksOut(s, at, allowStart: sink is "alert" or "prompt" or "confirm" or "eval"))
                {
                    return true;
                }
            }
            from = at + 1;
        }
        // location='//attacker.example' navigates; location=NYC in a cookie or form value does not.
        var assigns = s.Contains("location=", StringComparison.Ordinal);
        foreach (var assignment in assigns ? (string[])["location='", "location=\"", "location=`", "location=//", "location=javascript:"] : [])
        {
            var at = s.IndexOf(assignment, StringComparison.Ordinal);
            if (at >= 0 && BreaksOut(s, at, allowStart: false))
            {
                return true;
            }
        }
        from = 0;
        while (from < s.Length && s.AsSpan(from).IndexOfAny(PropertyNames) is var offset and >= 0)
        {
            var at = from + offset;
            if (s[at] == '.' || BreaksOut(s, at, allowStart: false))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static bool NextIsCall(string s, int i)
    {
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        if (i < s.Length && s[i] is '(' or '`')
        {
            return true;
        }
        // alert.call(null,1), alert.apply(...), alert.bind(...)()
        return i < s.Length && s[i] == '.' && (s.AsSpan(i).StartsWith(".call(") || s.AsSpan(i).StartsWith(".apply(") || s.AsSpan(i).StartsWith(".bind("));
    }

    // The character before the sink (skipping white space) ends a string or statement or is an operator.
    private static bool BreaksOut(string s, int at, bool allowStart)
    {
        if (at > 0 && (char.IsAsciiLetterOrDigit(s[at - 1]) || s[at - 1] is '_' or '$'))
        {
            return false;
        }
        var i = at - 1;
        while (i >= 0 && IsSpace(s[i]))
        {
            i--;
        }
        if (i < 0)
        {
            return allowStart;
        }
        return s[i] is '\'' or '"' or '`' or ';' or '+' or '-' or '*' or '/' or '|' or '&' or '^' or '=' or '>' or '{' or '}' or ':' or '!' or '~' or '(' or '[' or ',' or '?';
    }

    // {{constructor.constructor('alert(1)')()}} and similar client-side template injections.
    private static bool TemplateInjection(string s)
    {
        var open = s.IndexOf("{{", StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }
        var close = s.IndexOf("}}", open, StringComparison.Ordinal);
        var inner = close < 0 ? s[open..] : s[open..close];
        return inner.Contains("constructor", StringComparison.Ordinal) || inner.Contains("$eval", StringComparison.Ordinal) ||
               inner.Contains("$on.", StringComparison.Ordinal) || inner.Contains("alert(", StringComparison.Ordinal);
    }
}
