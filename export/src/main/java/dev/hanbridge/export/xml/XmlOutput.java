package dev.hanbridge.export.xml;

import javax.xml.stream.XMLOutputFactory;

/** The StAX output factory every XML writer shares. */
public final class XmlOutput {

    /**
     * Looked up once: {@link XMLOutputFactory#newFactory()} searches the class path's
     * {@code META-INF/services} on every call, which with Tika's hundreds of jars cost more than
     * writing the file (bench/pipeline.sh). Creating writers from one configured factory is safe
     * from several threads.
     */
    public static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlOutput() {
    }
}
