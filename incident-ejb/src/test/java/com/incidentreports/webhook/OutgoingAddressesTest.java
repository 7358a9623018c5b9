package com.incidentreports.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutgoingAddressesTest {

    private static final OutgoingAddresses OPEN = OutgoingAddresses.of("");

    @Test
    void withoutAListAnyOuterAddressIsAllowed() {
        assertTrue(OPEN.allows("hooks.example.com", addresses("93.184.216.34")));
        assertTrue(OPEN.allows("hooks.example.com", addresses("10.1.2.3")));
        assertTrue(OPEN.allows("hooks.example.com", addresses("2606:2800:220:1:248:1893:25c8:1946")));
    }

    @Test
    void withoutAListLoopbackIsRefused() {
        assertFalse(OPEN.allows("localhost", addresses("127.0.0.1")));
        assertFalse(OPEN.allows("x", addresses("127.8.9.10")));
        assertFalse(OPEN.allows("x", addresses("::1")));
        assertFalse(OPEN.allows("x", addresses("0.0.0.0")));
        assertFalse(OPEN.allows("x", addresses("::")));
    }

    @Test
    void withoutAListLinkLocalIsRefused() {
        assertFalse(OPEN.allows("metadata", addresses("169.254.169.254")));
        assertFalse(OPEN.allows("x", addresses("fe80::1")));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsJudgedAsItself() {
        assertFalse(OPEN.allows("x", addresses("::ffff:127.0.0.1")));
        assertFalse(OPEN.allows("x", addresses("::ffff:169.254.169.254")));
    }

    @Test
    void everyAddressANameResolvesToMustBeAllowed() {
        assertFalse(OPEN.allows("two-faced.example.com", addresses("93.184.216.34", "127.0.0.1")));
        assertFalse(OPEN.allows("nowhere.example.com", List.of()));
    }

    @Test
    void aListAllowsItsNetworksAndNothingElse() {
        OutgoingAddresses policy = OutgoingAddresses.of("10.20.0.0/16, 192.168.1.7");
        assertTrue(policy.allows("x", addresses("10.20.255.1")));
        assertTrue(policy.allows("x", addresses("192.168.1.7")));
        assertFalse(policy.allows("x", addresses("10.21.0.1")));
        assertFalse(policy.allows("x", addresses("192.168.1.8")));
        assertFalse(policy.allows("x", addresses("93.184.216.34")));
    }

    @Test
    void aNetworkPrefixNeedNotEndOnAByte() {
        OutgoingAddresses policy = OutgoingAddresses.of("172.16.0.0/12");
        assertTrue(policy.allows("x", addresses("172.31.255.255")));
        assertFalse(policy.allows("x", addresses("172.32.0.0")));
    }

    @Test
    void aListMayAllowLoopbackForThoseWhoWantIt() {
        OutgoingAddresses policy = OutgoingAddresses.of("127.0.0.0/8 ::1");
        assertTrue(policy.allows("localhost", addresses("127.0.0.1", "::1")));
        assertFalse(policy.allows("x", addresses("169.254.169.254")));
    }

    @Test
    void ipv6NetworksAreMatchedOnTheirPrefix() {
        OutgoingAddresses policy = OutgoingAddresses.of("fd00::/8,2001:db8::/32");
        assertTrue(policy.allows("x", addresses("fd12:3456::1")));
        assertTrue(policy.allows("x", addresses("2001:db8:ffff::1")));
        assertFalse(policy.allows("x", addresses("2001:db9::1")));
        assertFalse(policy.allows("x", addresses("10.0.0.1")));
    }

    @Test
    void hostNamesOnTheListAreAllowedByName() {
        OutgoingAddresses policy = OutgoingAddresses.of("chat.example.com, *.hooks.example.net");
        assertTrue(policy.allows("chat.example.com", addresses("10.0.0.5")));
        assertTrue(policy.allows("Team.Hooks.Example.NET", addresses("10.0.0.6")));
        assertFalse(policy.allows("hooks.example.net", addresses("10.0.0.6")));
        assertFalse(policy.allows("chat.example.com.evil.test", addresses("10.0.0.5")));
    }

    @Test
    void anEntryThatIsNothingKnownIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OutgoingAddresses.of("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> OutgoingAddresses.of("http://example.com"));
        assertThrows(IllegalArgumentException.class, () -> OutgoingAddresses.of("10.0.0"));
    }

    private static List<InetAddress> addresses(String... literals) {
        return Arrays.stream(literals).map(literal -> {
            try {
                return InetAddress.getByName(literal);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }).toList();
    }
}
