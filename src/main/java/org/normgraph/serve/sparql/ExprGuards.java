package org.normgraph.serve.sparql;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * Limits on single expressions that Jena's query timeout and row cap cannot give.
 *
 * <p>REGEX and REPLACE that the query timeout can stop. Jena's query cancellation is checked between
 * solutions, but one regular-expression match runs to its end: a backtracking pattern such as
 * {@code (.*a){25}b} kept a core busy long after the 503 (forever, in practice). Installed in a
 * dataset's context, this rewrites every REGEX, REPLACE, fn:matches, fn:replace, sparql:regex and
 * sparql:replace of the optimised algebra into a version whose input text checks the query's cancel
 * signal as the matcher reads it, so a timed-out match throws {@link QueryCancelledException}. The
 * rewrite runs before the optimiser, whose constant folding would otherwise evaluate a constant match
 * outside the query's time limit.
 *
 * <p>No string value longer than {@value #MAX_STRING_CHARS} characters: CONCAT, fn:concat,
 * sparql:concat, REPLACE and ENCODE_FOR_URI refuse to build one, and the query is answered 422.
 * Without it, twenty-odd {@code BIND(CONCAT(?v, ?v) AS ?w)} doubled a string until the heap was
 * exhausted within seconds (a 500 "Java heap space", and every other request on the server at risk).
 */
public final class ExprGuards {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final Set<String> MATCHES = Set.of(FN + "matches", ARQConstants.sparqlPrefix + "regex");
    private static final Set<String> REPLACES = Set.of(FN + "replace", ARQConstants.sparqlPrefix + "replace");
    private static final String FN_CONCAT = FN + "concat";
    private static final String SPARQL_CONCAT = ARQConstants.sparqlPrefix + "concat";
    private static final String SPARQL_ENCODE = ARQConstants.sparqlPrefix + "encode_for_uri";
    /** The longest string an expression may build (characters). */
    public static final int MAX_STRING_CHARS = 1_000_000;

    private static final org.apache.jena.sparql.util.Symbol INSTALLED = org.apache.jena.sparql.util.Symbol.create("urn:normgraph:interruptibleRegex");

    private ExprGuards() {}

    /** Rewrites regular expressions after the optimiser chosen so far, for every query on this context. */
    public static void install(Context context) {
        if (context.isTrue(INSTALLED)) return;
        context.set(INSTALLED, true);
        RewriteFactory before = context.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory base = before != null ? before : Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) c -> op -> base.create(c).rewrite(rewrite(op)));
    }

    /** The algebra with every regular-expression function replaced by its interruptible version. */
    public static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof Match || func instanceof Replace) return super.transform(func, args);
                if (func instanceof E_Regex) return new Match(args);
                if (func instanceof E_StrReplace) return new Replace(args);
                if (func instanceof E_Function f && MATCHES.contains(f.getFunctionIRI()) && (args.size() == 2 || args.size() == 3)) return new Match(args);
                if (func instanceof E_Function f && REPLACES.contains(f.getFunctionIRI()) && (args.size() == 3 || args.size() == 4)) return new Replace(args);
                if (func instanceof Concat) return super.transform(func, args);
                if (func instanceof E_StrConcat) return new Concat(args, false);
                if (func instanceof E_Function f && f.getFunctionIRI().equals(SPARQL_CONCAT)) return new Concat(args, false);
                if (func instanceof E_Function f && f.getFunctionIRI().equals(FN_CONCAT)) return new Concat(args, true);
                if (func instanceof E_Function f && f.getFunctionIRI().equals(SPARQL_ENCODE) && args.size() == 1) return new Encode(args.get(0));
                return super.transform(func, args);
            }

            @Override
            public Expr transform(org.apache.jena.sparql.expr.ExprFunction1 func, Expr arg) {
                if (func instanceof E_StrEncodeForURI && !(func instanceof Encode)) return new Encode(arg);
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(org.apache.jena.sparql.expr.ExprFunctionOp funcOp, ExprList args, Op opArg) {
                return funcOp.copy(args, rewrite(funcOp.getGraphPattern())); // inside EXISTS / NOT EXISTS
            }
        }, op);
    }

    /** The text being matched; reading it fails once the query is cancelled (timed out). */
    static final class CancellableText implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        CancellableText(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancel.get()) throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override public int length() { return text.length(); }
        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
        @Override public String toString() { return text; }
    }

    private static CharSequence input(String text, FunctionEnv env) {
        AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
        return cancel == null ? text : new CancellableText(text, cancel);
    }

    private static Pattern compile(String label, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        if (f != null && !f.matches("[smixq]*")) throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags");
        return RegexEngine.makePattern(label, p, f);
    }

    private static Pattern constantPattern(String label, ExprList args, int pattern, int flags) {
        Expr p = args.get(pattern);
        Expr f = args.size() > flags ? args.get(flags) : null;
        if (!p.isConstant() || f != null && !f.isConstant()) return null;
        try {
            return compile(label, p.getConstant(), f == null ? null : f.getConstant());
        } catch (ExprEvalException e) {
            return null; // reported per row, as Jena does
        }
    }

    /** REGEX(text, pattern [, flags]) with Java's regular expressions, as Jena's default. */
    static final class Match extends ExprFunctionN {
        private final Pattern constant;

        Match(ExprList args) {
            super("regex", args);
            this.constant = constantPattern("REGEX", args, 1, 2);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = constant != null ? constant : compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(input(text.getLiteralLexicalForm(), env)).find());
        }

        /** Without an execution context, i.e. constant folding by the optimiser: refused, so the match runs in the query, under its timeout. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("evaluated only during a query");
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Match(newArgs);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) with the semantics of Jena's XSDFuncOp.strReplace. */
    static final class Replace extends ExprFunctionN {
        private final Pattern constant;

        Replace(ExprList args) {
            super("replace", args);
            this.constant = constantPattern("REPLACE", args, 1, 3);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
            String rep = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant : compile("replace", args.get(1), args.size() > 3 ? args.get(3) : null);
            String in = text.getLiteralLexicalForm();
            Matcher m = p.matcher(input(in, env));
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) sb = new StringBuilder();
                    else if (m.start() == m.end()) continue; // one zero-length match only, as Jena
                    m.appendReplacement(sb, rep);
                    if (sb.length() > MAX_STRING_CHARS) throw tooLong("REPLACE");
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (sb == null) return args.get(0);
            m.appendTail(sb);
            if (sb.length() > MAX_STRING_CHARS) throw tooLong("REPLACE");
            String out = sb.toString();
            if (out.equals(in)) return args.get(0);
            return NodeValue.makeNode(NodeFactory.createLiteral(out, text.getLiteralLanguage(), text.getLiteralDatatype()));
        }

        /** Without an execution context, i.e. constant folding by the optimiser: refused, so the match runs in the query, under its timeout. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("evaluated only during a query");
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    /** Fails the whole query (Fuseki answers 422), not just the expression: a silently unbound value would mislead. */
    static QueryDeniedException tooLong(String function) {
        return new QueryDeniedException(function + " would build a string longer than " + MAX_STRING_CHARS
                + " characters; this endpoint does not build strings that long");
    }

    /** CONCAT (and sparql:concat), or fn:concat, refusing a result over the cap before building it. */
    static final class Concat extends ExprFunctionN {
        private final boolean xpath;

        Concat(ExprList args, boolean xpath) {
            super(xpath ? "fn:concat" : "concat", args);
            this.xpath = xpath;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long total = 0;
            for (NodeValue v : args) {
                if (v.isLiteral()) total += v.asNode().getLiteralLexicalForm().length();
            }
            if (total > MAX_STRING_CHARS) throw tooLong("CONCAT");
            return xpath ? XSDFuncOp.fnConcat(args) : XSDFuncOp.strConcat(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs, xpath);
        }
    }

    /** ENCODE_FOR_URI, whose result (up to nine times its input) must stay under the cap. */
    static final class Encode extends E_StrEncodeForURI {
        Encode(Expr expr) {
            super(expr);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            NodeValue r = super.eval(v);
            if (r.isLiteral() && r.asNode().getLiteralLexicalForm().length() > MAX_STRING_CHARS) throw tooLong("ENCODE_FOR_URI");
            return r;
        }

        @Override
        public Expr copy(Expr expr) {
            return new Encode(expr);
        }
    }
}
