package org.w3id.parley.serve;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * The functions and property functions a query on the served dataset may call. Jena finds, besides the functions it
 * registers, any class on the class path named by a {@code java:} IRI, and the classes of its {@code afn:} and
 * {@code apf:} libraries by their names; some of those are not for the public: {@code afn:wait} holds a request thread
 * for as long as asked, {@code afn:context} reads the server's configuration, {@code afn:print} writes to its log,
 * {@code afn:sprintf}, {@code afn:strjoin} and {@code apf:concat} build strings of any length. Here a query may call
 * what Jena registers (each result's length bounded, {@link BoundedStrings}), the bounded regular-expression and string
 * functions, and the library functions listed below; anything else under a name Jena would load a class for is refused
 * ({@link ServedQuery} answers 400 naming it).
 *
 * <p>Both registries lie over Jena's global ones rather than copy them, so a function registered there later (as tests
 * do) is still found.
 */
final class ServedFunctions {
    private static final String FUNCTION_LIBRARY = "java:org.apache.jena.sparql.function.library.";
    private static final String PROPERTY_FUNCTION_LIBRARY = "java:org.apache.jena.sparql.pfunction.library.";

    /** {@code afn:} functions that compute a value from their arguments and nothing else. */
    private static final Set<String> LIBRARY_FUNCTIONS = Set.of(
            "bnode",
            "date",
            "e",
            "evenInteger",
            "langeq",
            "localname",
            "max",
            "min",
            "namespace",
            "now",
            "nowtz",
            "pi",
            "sha1sum",
            "sqrt",
            "strlen",
            "struuid",
            "substr",
            "substring",
            "timezone",
            "uuid");

    /** {@code apf:} property functions that bind values from their arguments and nothing else. */
    private static final Set<String> LIBRARY_PROPERTY_FUNCTIONS = Set.of(
            "alt",
            "assign",
            "bag",
            "blankNode",
            "bnode",
            "container",
            "listIndex",
            "listLength",
            "listMember",
            "seq",
            "splitIRI",
            "splitURI",
            "str");

    /** Gives {@code context} its own registries: the served functions, the bounded ones among them. */
    static void install(Context context) {
        FunctionRegistry functions = new Functions(FunctionRegistry.get());
        BoundedRegex.register(functions);
        functions.put(ARQConstants.fnPrefix + "concat", uri -> new BoundedStrings.FnConcat());
        FunctionRegistry.set(context, functions);

        PropertyFunctionRegistry propertyFunctions = new PropertyFunctions(PropertyFunctionRegistry.get());
        BoundedRegex.register(propertyFunctions);
        PropertyFunctionRegistry.set(context, propertyFunctions);
    }

    /**
     * Why a query may not call {@code iri} as a function or use it as a property function, if it may not: empty for a
     * function the registries serve and for any IRI Jena would not load a class for (an ordinary property, an unknown
     * function, which SPARQL evaluates as an error).
     */
    static Optional<String> refusal(Context context, String iri, boolean asPropertyFunction) {
        if (MappedLoader.mapDynamicURI(iri) == null) return Optional.empty();
        boolean served = asPropertyFunction
                ? PropertyFunctionRegistry.chooseRegistry(context).manages(iri)
                : FunctionRegistry.get(context).get(iri) != null;
        if (served) return Optional.empty();
        return Optional.of((asPropertyFunction ? "Property function <" : "Function <") + iri
                + "> is not available on this server: it is not one of SPARQL's, XPath's or Jena's pure library"
                + " functions");
    }

    private static boolean allowed(String mapped, String library, Set<String> names) {
        return mapped.startsWith(library) && names.contains(mapped.substring(library.length()));
    }

    /** The served functions: this registry's own, then Jena's registered ones and allowed library ones, bounded. */
    private static final class Functions extends FunctionRegistry {
        private final FunctionRegistry standard;

        Functions(FunctionRegistry standard) {
            this.standard = standard;
        }

        @Override
        public FunctionFactory get(String uri) {
            if (super.isRegistered(uri)) return super.get(uri);
            if (standard.isRegistered(uri) || isAllowedLibraryFunction(uri)) {
                FunctionFactory factory = standard.get(uri);
                return factory == null ? null : name -> new LengthChecked(factory.create(name));
            }
            return null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return get(uri) != null;
        }

        private static boolean isAllowedLibraryFunction(String uri) {
            String mapped = MappedLoader.mapDynamicURI(uri);
            return mapped != null && allowed(mapped, FUNCTION_LIBRARY, LIBRARY_FUNCTIONS);
        }
    }

    /** A function whose result, if a string, may not be longer than {@link BoundedStrings#MAX_CHARS}. */
    private static final class LengthChecked implements Function {
        private final Function function;

        LengthChecked(Function function) {
            this.function = function;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            function.build(uri, args, context);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            return BoundedStrings.checked("<" + uri + ">", function.exec(binding, args, uri, env));
        }
    }

    /** The served property functions: this registry's own, then Jena's registered ones and allowed library ones. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry standard;

        PropertyFunctions(PropertyFunctionRegistry standard) {
            this.standard = standard;
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            String mapped = Optional.ofNullable(MappedLoader.mapDynamicURI(uri)).orElse(uri);
            if (super.isRegistered(mapped) || super.isRegistered(uri)) return super.get(uri);
            if (standard.isRegistered(mapped)
                    || standard.isRegistered(uri)
                    || allowed(mapped, PROPERTY_FUNCTION_LIBRARY, LIBRARY_PROPERTY_FUNCTIONS)) return standard.get(uri);
            return null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return get(uri) != null;
        }

        @Override
        public boolean manages(String uri) {
            return get(uri) != null;
        }
    }

    private ServedFunctions() {}
}
