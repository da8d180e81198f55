import type { EncoderInfo } from '../../encoder/encoder';
import { useI18n } from '../i18n/I18n';
import { worded } from '../i18n/shown';
import { Message } from '../Message';
import { megabytes } from './format';

/** The loaded model: what it is, its sizes, where it runs, and which layers it exposes. */
export function ModelCard({ info }: { info: EncoderInfo }) {
  const { t, num, rich } = useI18n();
  return (
    <div
      className="embed-card"
      data-testid="embed-model-info"
      data-device={info.device}
      data-layers={info.layers}
    >
      <dl className="facts">
        <dt>{t('embed.info.model')}</dt>
        <dd data-testid="embed-model-name" data-user-text="">
          {info.name}
        </dd>
        <dt>{t('embed.info.architecture')}</dt>
        <dd data-user-text="">
          {info.architecture} ({info.modelType})
        </dd>
        <dt>{t('embed.info.sizes')}</dt>
        <dd>
          {t('embed.info.sizesValue', {
            layers: info.layers,
            hidden: info.hidden,
            heads: info.heads ?? '?',
            vocab: num(info.vocabSize),
            tokens: info.maxLength,
          })}
        </dd>
        <dt>{t('embed.info.file')}</dt>
        <dd>
          <code>{info.variant.file}</code> — {t(`embed.dtype.${info.variant.dtype}`)},{' '}
          {megabytes(info.variant.bytes)}
        </dd>
        <dt>{t('embed.info.tokenizer')}</dt>
        <dd>
          {rich('embed.info.tokenizerValue', {
            kind: <span data-user-text="">{info.tokenizerKind}</span>,
            size: num(info.tokenizerSize),
          })}
        </dd>
        <dt>{t('embed.info.device')}</dt>
        <dd data-testid="embed-device-used">
          {t(
            `embed.device.used.${info.device === 'webgpu' ? 'webgpu' : info.device === 'cpu' ? 'cpu' : 'wasm'}`,
          )}{' '}
          {t('embed.info.loadTime', { seconds: num(info.loadSeconds, 1) })}
        </dd>
      </dl>
      {info.deviceNote && <Message kind="info" text={worded(info.deviceNote)} />}
      {info.layerKind === 'last-only' ? (
        <p className="message message-info" role="status" data-testid="embed-last-only">
          {rich('embed.info.lastOnly', {
            outputs: <code>{info.outputs.join(', ')}</code>,
            names: <code>hidden_states.0 … hidden_states.{info.layers}</code>,
            section: <code>Sentence embeddings</code>,
          })}
        </p>
      ) : (
        <p className="hint">{t('embed.info.allLayers', { count: info.layers + 1 })}</p>
      )}
    </div>
  );
}
