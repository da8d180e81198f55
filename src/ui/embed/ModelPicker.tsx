import { type DragEvent, useState } from 'react';
import {
  type FileEntry,
  findModelFolder,
  type ModelFolder,
  type WeightFormat,
} from '../../core/embed/modelFolder';
import type { DeviceChoice, LoadOptions, ModelSource } from '../../encoder/encoder';
import { droppedFolderFiles, type PathFile, pickedFolderFiles } from '../classify/folderDrop';
import { DropZone } from '../DropZone';
import { useI18n } from '../i18n/I18n';
import { megabytes, pageMemoryBudget } from './format';
import { HubOptIn } from './HubOptIn';

interface Props {
  busy: boolean;
  onLoad: (source: ModelSource, options: LoadOptions) => void;
  onListHub: (id: string) => Promise<FileEntry[] | null>;
  /** A folder that is not a model: the sentence goes to the section's error line. */
  onBadFolder: (e: unknown) => void;
}

/** The files a model folder needs, as the help names them. */
export const FOLDER_FILES = 'config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx';

/** A model folder (dropped or chosen), its weight format, the device, and the hub opt-in. */
export function ModelPicker({ busy, onLoad, onListHub, onBadFolder }: Props) {
  const { t, rich } = useI18n();
  const [picked, setPicked] = useState<{ files: PathFile[]; folder: ModelFolder } | null>(null);
  const [dtype, setDtype] = useState<WeightFormat | null>(null);
  const [device, setDevice] = useState<DeviceChoice>('auto');

  const take = (files: PathFile[]) => {
    try {
      const folder = findModelFolder(files.map((f) => ({ path: f.path, size: f.file.size })));
      setPicked({ files, folder });
      setDtype(folder.variants[0].dtype);
    } catch (e) {
      onBadFolder(e);
    }
  };

  const onDrop = async (ev: DragEvent) => {
    const files = await droppedFolderFiles(ev.dataTransfer.items);
    if (files !== null) take(files);
    else if (ev.dataTransfer.files.length > 0) take(pickedFolderFiles(ev.dataTransfer.files));
  };

  const load = () => {
    if (!picked) return;
    onLoad(
      { kind: 'files', files: picked.files.map((f) => ({ path: f.path, file: f.file })) },
      { device, dtype: dtype ?? undefined, budget: pageMemoryBudget() },
    );
  };

  return (
    <div className="embed-model" data-control="classify.embedModel">
      <DropZone label={t('embed.drop')} testId="embed-dropzone" onDrop={(ev) => void onDrop(ev)}>
        <p>{rich('embed.dropHelp', { files: <code>{FOLDER_FILES}</code> })}</p>
        <label className="file-button">
          {t('embed.chooseFolder')}
          <input
            type="file"
            className="visually-hidden"
            data-testid="embed-model-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              if (e.target.files && e.target.files.length > 0) take(pickedFolderFiles(e.target.files));
              e.target.value = '';
            }}
          />
        </label>
      </DropZone>
      {picked && (
        <div className="settings-grid" data-testid="embed-picked">
          <p className="field">
            {rich('embed.picked', {
              name: <span data-user-text="">“{picked.folder.name}”</span>,
              files: picked.files.length,
            })}
          </p>
          <div className="field" data-control="classify.embedVariant">
            <label htmlFor="embed-variant">{t('embed.variant')}</label>
            <select
              id="embed-variant"
              value={dtype ?? ''}
              onChange={(e) => setDtype(e.target.value as WeightFormat)}
              data-testid="embed-variant"
            >
              {picked.folder.variants.map((v) => (
                <option key={v.dtype} value={v.dtype} data-user-text="">
                  {v.file} — {t(`embed.dtype.${v.dtype}`)}, {megabytes(v.bytes)}
                </option>
              ))}
            </select>
          </div>
          <DeviceField value={device} onChange={setDevice} />
          <div className="field">
            <button type="button" disabled={busy} onClick={load} data-testid="embed-load">
              {t('embed.load')}
            </button>
          </div>
        </div>
      )}
      <HubOptIn busy={busy} device={device} onLoad={onLoad} onList={onListHub} />
    </div>
  );
}

export function DeviceField({
  value,
  onChange,
}: {
  value: DeviceChoice;
  onChange: (d: DeviceChoice) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field" data-control="classify.embedDevice">
      <label htmlFor="embed-device">{t('embed.device')}</label>
      <select
        id="embed-device"
        value={value}
        onChange={(e) => onChange(e.target.value as DeviceChoice)}
        data-testid="embed-device"
      >
        <option value="auto">{t('embed.device.auto')}</option>
        <option value="webgpu">{t('embed.device.webgpu')}</option>
        <option value="wasm">{t('embed.device.wasm')}</option>
      </select>
    </div>
  );
}
