import type { PartnerKind, QuestionId, RouteId, Sector } from '../../machines/ids';
import type { Localized } from './casus';

/**
 * The presenter and the audience window, kept in step over a BroadcastChannel: same origin, in
 * memory, nothing stored. The presenter sends a whole frame on every change (it is small), and
 * answers an audience window's "hello" with the frame of now, so a window opened or reloaded late
 * catches up at once.
 */
export const CHANNEL_NAME = 'zorgroute-training';
export const AUDIENCE_HASH = '#/training/publiek';

/** What the room sees: the story, the question, the map; nothing of the trainer's notes. */
export interface AudienceFrame {
  title: Localized;
  story: Localized;
  sector: Sector;
  partners: Record<string, PartnerKind>;
  /** The answers given, in order (the map replays them through the machine). */
  answers: [string, string][];
  question?: QuestionId;
  options: string[];
  /** The casus' answer to the question now, only once the trainer reveals it. */
  revealed?: string;
  /** The room chose otherwise than the casus: both answers and the casus' reason. */
  discussion?: { question: string; room: string; casus: string; rationale?: Localized; alternative?: Localized };
  finished: boolean;
  route?: RouteId;
  progress?: { current: number; total: number };
}

export type ChannelMessage = { type: 'frame'; frame: AudienceFrame } | { type: 'hello' } | { type: 'bye' };

export function openChannel(onMessage: (message: ChannelMessage) => void): { post(message: ChannelMessage): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
