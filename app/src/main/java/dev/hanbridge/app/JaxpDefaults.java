package dev.hanbridge.app;

import java.util.Map;

/**
 * Names the JDK's own XML factories as the JAXP defaults, unless the user named others.
 *
 * <p>Without these properties, every {@code SAXParserFactory.newInstance()} and
 * {@code TransformerFactory.newInstance()} — Tika, POI and XMLBeans call them for each Office or
 * XML document — searches {@code META-INF/services} in every jar on the class path (Tika brings
 * hundreds) before falling back to these very classes: a profile of the ingest step showed a
 * third of DOCX parsing spent there. No jar here registers another provider, so the result is
 * the same factory, found at once.
 */
public final class JaxpDefaults {

    private static final Map<String, String> DEFAULTS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory",
            "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

    private JaxpDefaults() {
    }

    public static void install() {
        DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }
}
