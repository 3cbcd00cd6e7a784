// Tests for the preview's port option.
import { DEFAULT_PORT, previewPort } from '../../src/preview/preview-options';

describe('previewPort', () => {
  it('uses 8377 when nothing is given', () => {
    expect(previewPort([], {})).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(8377);
  });

  it('reads --port N, --port=N and PORT, the flag winning', () => {
    expect(previewPort(['--port', '9000'], {})).toBe(9000);
    expect(previewPort(['--port=9001'], {})).toBe(9001);
    expect(previewPort([], { PORT: '9002' })).toBe(9002);
    expect(previewPort(['--port', '9003'], { PORT: '9002' })).toBe(9003);
    expect(previewPort(['--port', '0'], {})).toBe(0);
  });

  it('refuses what is not a port number with a message saying what is expected', () => {
    expect(() => previewPort(['--port', 'abc'], {})).toThrow('not a port number: abc (use 0-65535; 0 picks a free port)');
    expect(() => previewPort(['--port', '70000'], {})).toThrow('not a port number: 70000');
    expect(() => previewPort(['--port'], {})).toThrow('--port needs a number');
    expect(() => previewPort([], { PORT: '-1' })).toThrow('not a port number: -1');
  });
});
