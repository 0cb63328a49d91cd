package se.digitalimpactnorth.search;

/** What the tests may ask of the {@link TcpProxy} through the platform MBean server (JMX names it after this interface). */
public interface TcpProxyMBean {

    int getPort();

    boolean isOpen();

    void setOpen(boolean open);
}
