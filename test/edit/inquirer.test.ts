import { input } from '../../src/commands/prompts.js';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { inputConfig } from '../../src/commands/prompting.js';
import { initQuestions } from '../../src/edit/init-questions.js';

const zoneQuestion = initQuestions('Europe/Berlin').find((q) => q.key === 'timezone')!;
const config = () => inputConfig({ message: zoneQuestion.message, default: zoneQuestion.suggest!({}), validate: (v) => zoneQuestion.validate!(v, {}) });

describe('the real inquirer prompt', () => {
  it('offers the machine zone and accepts it with Enter', async () => {
    const { answer, events, getScreen } = await render(input, config());
    expect(getScreen()).toBe('? Time zone of the workshop (IANA name) (Europe/Berlin)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Europe/Berlin');
  });

  it('refuses a misspelt zone as it is entered and says which one was meant', async () => {
    const { answer, events, getScreen, nextRender } = await render(input, config());
    events.type('Asia/Tokio');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('> expected an IANA time-zone name like America/Denver or Europe/Berlin (did you mean Asia/Tokyo?)');
    for (let i = 0; i < 'Tokio'.length; i++) events.keypress('backspace');
    events.type('Tokyo');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Asia/Tokyo');
  });
});
