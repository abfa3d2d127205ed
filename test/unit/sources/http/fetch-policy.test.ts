import { describe, expect, it } from 'vitest';
import { FetchRefusedError } from '../../../../shared/domain/errors';
import { isAllowedPrivateHost, parseAllowedPrivateHosts, parseFetchUrl, specialRange } from '../../../../shared/sources/http/fetch-policy';
import { ConfigError, loadAllowedPrivateHosts, loadConfig } from '../../../../shared/config/config';

describe('specialRange: addresses sozwatch never connects to', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.20.30.40', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.254', 'CGNAT'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.1', 'documentation'],
    ['203.0.113.7', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback (IPv4 inside IPv6)'],
    ['::ffff:7f00:1', 'loopback (IPv4 inside IPv6)'],
    ['::ffff:a9fe:a9fe', 'link-local (IPv4 inside IPv6)'],
    ['64:ff9b::10.0.0.1', 'private (IPv4 inside IPv6)'],
    ['2002:c0a8:0101::1', 'private (IPv4 inside IPv6)'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
  ])('%s is %s', (address, name) => {
    expect(specialRange(address)).toContain(name);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8', '2606:4700::6810:84e5'])(
    '%s is a public address',
    (address) => {
      expect(specialRange(address)).toBeUndefined();
    },
  );
});

describe('URLs and allowed hosts', () => {
  it('the WHATWG URL parser normalises every numeric loopback form to one the policy checks', () => {
    for (const host of ['127.1', '2130706433', '0177.0.0.1', '0x7f000001', '%31%32%37.0.0.1']) {
      expect(parseFetchUrl(`http://${host}:8080/`).hostname).toBe('127.0.0.1');
    }
    expect(parseFetchUrl('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
    expect(() => parseFetchUrl('http://1.1.1.1.1/')).toThrow(FetchRefusedError);
  });

  it('only http and https', () => {
    expect(() => parseFetchUrl('file:///etc/passwd')).toThrow(/only http and https URLs are fetched \(got file\)/);
    expect(() => parseFetchUrl('javascript:alert(1)')).toThrow(FetchRefusedError);
  });

  it('host or host:port entries, normalised like URLs; anything else is a configuration error', () => {
    expect(parseAllowedPrivateHosts(undefined)).toEqual([]);
    expect(parseAllowedPrivateHosts(' 127.0.0.1:8080 , localhost,[::1]:9000 ')).toEqual(['127.0.0.1:8080', 'localhost', '[::1]:9000']);
    const policy = { allowedPrivateHosts: ['127.1:8080', 'Feeds.Local', '[::1]:9000'] };
    expect(isAllowedPrivateHost(new URL('http://127.0.0.1:8080/x'), policy)).toBe(true);
    expect(isAllowedPrivateHost(new URL('http://127.0.0.1:8081/x'), policy)).toBe(false);
    expect(isAllowedPrivateHost(new URL('https://feeds.local/x'), policy)).toBe(true);
    expect(isAllowedPrivateHost(new URL('http://[::1]:9000/'), policy)).toBe(true);
    expect(isAllowedPrivateHost(new URL('http://[::1]/'), policy)).toBe(false);
    expect(() => parseAllowedPrivateHosts('http://127.0.0.1/')).toThrow(/not a host or host:port/);
    expect(() => loadAllowedPrivateHosts({ SOZWATCH_ALLOWED_PRIVATE_HOSTS: 'a/b' })).toThrow(ConfigError);
    expect(loadAllowedPrivateHosts({})).toEqual([]);
    const required = { SOZWATCH_TABLE: 't', SOZWATCH_BUCKET: 'b', AWS_REGION: 'eu-central-1' };
    expect(loadConfig(required).allowedPrivateHosts).toEqual([]);
    expect(loadConfig({ ...required, SOZWATCH_ALLOWED_PRIVATE_HOSTS: '127.0.0.1:8080' }).allowedPrivateHosts).toEqual(['127.0.0.1:8080']);
  });
});
