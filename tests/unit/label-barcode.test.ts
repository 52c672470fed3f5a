import { describe, expect, it } from 'vitest';
import { defaultInStoreRules } from '../../shared/instore-rules';
import { labelBarcode, pickLabelBarcode } from '../../shared/label-barcode';

const rules = defaultInStoreRules(2);

describe('the barcode on a label', () => {
  it('a retail GTIN is drawn as itself, anything else as Code 128', () => {
    expect(labelBarcode('5901234123457')).toEqual({ symbology: 'ean13', data: '5901234123457' });
    expect(labelBarcode('036000291452')).toEqual({ symbology: 'upca', data: '036000291452' });
    expect(labelBarcode('96385074')).toEqual({ symbology: 'ean8', data: '96385074' });
    expect(labelBarcode('5901234123458')).toEqual({ symbology: 'code128', data: '5901234123458' });
    expect(labelBarcode('TEA-01')).toEqual({ symbology: 'code128', data: 'TEA-01' });
    expect(labelBarcode('é')).toBeNull();
  });

  it('a label carries the retail GTIN before other codes, and never a scale label base code', () => {
    expect(pickLabelBarcode(['TEA-01', '96385074', '5901234123457'], rules, 2)?.data).toBe('5901234123457');
    expect(pickLabelBarcode(['2100001000004'], rules, 2)).toBeNull();
    expect(pickLabelBarcode(['2100001000004', 'TEA-01'], rules, 2)?.data).toBe('TEA-01');
    expect(pickLabelBarcode([], rules, 2)).toBeNull();
  });
});
