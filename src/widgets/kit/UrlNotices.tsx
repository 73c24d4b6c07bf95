// The notice every widget shows when settings in a shared link could not be used (useParams'
// `notices`): one list, one Dismiss button.
import { Notice } from './WidgetFrame';

export function UrlNotices(props: { notices: readonly string[]; onDismiss(): void }) {
  if (props.notices.length === 0) return null;
  return (
    <Notice tone="warn" onDismiss={props.onDismiss}>
      <p>Some settings in the link could not be used:</p>
      <ul>{props.notices.map((n) => <li key={n}>{n}</li>)}</ul>
    </Notice>
  );
}
