import { input } from '../../src/commands/prompts.js';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { inputConfig } from '../../src/commands/prompting.js';
import { initQuestions } from '../../src/edit/init-questions.js';

const zoneQuestion = initQuestions('Europe/Berlin').find((q) => q.key === 'timezone')!;
const config = (answers = {}) => inputConfig({ message: zoneQuestion.message, default: zoneQuestion.promptDefault!(answers), validate: (v) => zoneQuestion.validate!(v, {}) });

describe('the real inquirer prompt', () => {
  it('offers the machine zone and accepts it with Enter', async () => {
    const { answer, events, getScreen } = await render(input, config());
    expect(getScreen()).toBe('? Time zone of the workshop (IANA name, where the workshop happens) (Europe/Berlin)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Europe/Berlin');
  });

  it('offers the zone of the city given earlier rather than the machine zone', async () => {
    const { answer, events, getScreen } = await render(input, config({ city: 'Atlanta, GA' }));
    expect(getScreen()).toContain('(America/New_York)');
    events.keypress('enter');
    await expect(answer).resolves.toBe('America/New_York');
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
