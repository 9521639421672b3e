import { describe, expect, it } from 'vitest';
import {
  aliyunCanonicalQuery,
  aliyunPercentEncode,
  aliyunSignature,
  aliyunStringToSign,
} from '../../../../src/adapters/sms/http-aliyun/aliyun-signature.js';

// The SendSms example from Aliyun's SMS signature documentation ("签名机制" demo):
// AccessKeyId testId, AccessKeySecret testSecret, GET; published signature
// zJDF+Lrzhj/ThnlvIToysFRq6t4= (zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D once URL-encoded).
const smsExample = {
  AccessKeyId: 'testId',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

// The generic RPC example from "Request syntax and signature method V2" (ECS
// DescribeRegions, AccessKeyId testid, secret testsecret), with its published
// StringToSign and signature OLeaidS1JvxuMvnyHOwuJ+uX5qY=.
const ecsExample = {
  Timestamp: '2016-02-23T12:46:24Z',
  Format: 'XML',
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  Version: '2014-05-26',
  SignatureVersion: '1.0',
};

describe('Aliyun RPC signature', () => {
  it('matches the documented SendSms example', () => {
    expect(aliyunCanonicalQuery(smsExample)).toBe(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou' +
        '&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8' +
        '&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0' +
        '&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D' +
        '&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
    expect(aliyunSignature('testSecret', 'GET', smsExample)).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('matches the documented generic RPC example, StringToSign included', () => {
    expect(aliyunStringToSign('GET', ecsExample)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(aliyunSignature('testsecret', 'GET', ecsExample)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('leaves the Signature parameter out and depends on the method', () => {
    const withSig = { ...ecsExample, Signature: 'whatever' };
    expect(aliyunSignature('testsecret', 'GET', withSig)).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
    expect(aliyunSignature('testsecret', 'POST', ecsExample)).not.toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('percent-encodes per RFC 3986: space as %20, * ( ) ! \' encoded, ~ kept', () => {
    expect(aliyunPercentEncode("a b*c~(d)!'")).toBe('a%20b%2Ac~%28d%29%21%27');
    expect(aliyunPercentEncode('你好😀')).toBe('%E4%BD%A0%E5%A5%BD%F0%9F%98%80');
  });
});
