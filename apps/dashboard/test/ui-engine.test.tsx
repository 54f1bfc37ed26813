// The dashboard fed by the real engine: a tiny seeded search, through SearchEventQueue, in every output mode.
import { describe, expect, it } from 'vitest';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { SearchController, resolveSearchRequest, search, type SearchEvent, type SearchRequest } from '@gamma-ts/genetic-engine';
import { dashboardRunInfo } from '../src/ui/dashboard-run-info.js';
import { runLiveDashboard } from '../src/ui/run-live-dashboard.js';
import { runPlainProgress } from '../src/ui/run-plain-progress.js';
import { SearchEventQueue } from '../src/ui/search-event-queue.js';
import { FakeStdin, FakeStdout } from './ui-terminal.js';

const request: SearchRequest = {
  model: getModel('resnet18'),
  layer: 'layer2.0.conv2',
  hardware: hardwarePreset('edge'),
  objective: { objectives: ['latency'] },
  budget: { samples: 120 },
  populationSize: 20,
  seed: 3,
};

describe('dashboard on a real search', () => {
  it('plain mode prints the engine’s numbers', async () => {
    const queue = new SearchEventQueue();
    let text = '';
    const printing = runPlainProgress({ events: queue, run: dashboardRunInfo(resolveSearchRequest(request), { workers: 0 }), write: (t) => (text += t), json: false });
    const result = await search(request, { workers: 0, onEvent: queue.push });
    queue.end();
    const { result: printed } = await printing;
    expect(printed).toEqual(result);
    const layer = result.layers[0]!;
    expect(layer.best).not.toBeNull();
    expect(text).toContain('search resnet18 on edge');
    expect(text).toContain(`×${layer.count}  done`);
    expect(text).toContain(`${layer.samples.toLocaleString('en-US')} samples`);
    const gap = ((layer.best!.metrics.runtime / layer.lowerBound - 1) * 100).toFixed(1);
    expect(text).toContain(`gap +${gap}%`);
  });

  it('live mode ends with the engine’s result and q stops it through the controller', async () => {
    const queue = new SearchEventQueue();
    const controller = new SearchController();
    const stdout = new FakeStdout(100, 40);
    const stdin = new FakeStdin(true);
    const live = runLiveDashboard({
      events: queue,
      run: dashboardRunInfo(resolveSearchRequest(request), { workers: 0 }),
      controls: { onQuit: () => controller.stop(), onPause: () => controller.pause(), onResume: () => controller.resume() },
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      patchConsole: false,
      color: false,
    });
    // Stop as soon as the first generation arrives, as a user pressing q would.
    const onEvent = (event: SearchEvent): void => {
      queue.push(event);
      if (event.type === 'generation' && !controller.stopped) stdin.send('q');
    };
    const result = await search({ ...request, budget: { samples: 100_000 } }, { workers: 0, onEvent, controller });
    queue.end();
    const outcome = await live;
    expect(outcome.quit).toBe(true);
    expect(outcome.result).toEqual(result);
    expect(result.run.stopReason).toBe('interrupted');
    expect(stdout.text()).toMatch(/1\s+layer2\.0\.conv2\s+\d+\s+stopped/);
    expect(stdout.text()).toContain('0/1 layers');
    expect(stdout.text()).toContain('ETA stopped');
  });

  it('a failed search rejects the dashboard with its error', async () => {
    const queue = new SearchEventQueue();
    const stdout = new FakeStdout(100, 40);
    const live = runLiveDashboard({
      events: queue,
      run: dashboardRunInfo(resolveSearchRequest(request), { workers: 0 }),
      controls: { onQuit() {}, onPause() {}, onResume() {} },
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: new FakeStdin(true) as unknown as NodeJS.ReadStream,
      patchConsole: false,
    });
    queue.fail(new Error('hardware file broken'));
    await expect(live).rejects.toThrow('hardware file broken');
  });
});
