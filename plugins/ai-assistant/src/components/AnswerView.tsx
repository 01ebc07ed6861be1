import { Link, MarkdownContent } from '@backstage/core-components';
import { ChatMessage } from '@internal/plugin-ai-assistant-common';
import { Box, Chip, Paper, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';

/** One message of a conversation. Assistant text is marked as AI-generated, with its provider. */
export function MessageView({ message, streaming }: { message: ChatMessage; streaming?: boolean }) {
  if (message.role === 'user') {
    return (
      <Box display="flex" justifyContent="flex-end" my={1}>
        <Paper variant="outlined" style={{ padding: 12, maxWidth: '80%' }} aria-label="Your question">
          <Typography style={{ whiteSpace: 'pre-wrap' }}>{message.text}</Typography>
        </Paper>
      </Box>
    );
  }
  return (
    <Box my={1}>
      <Paper variant="outlined" style={{ padding: 12 }} component="section" aria-label="Assistant answer">
        <Box display="flex" alignItems="center" mb={1} style={{ gap: 8 }}>
          <Chip size="small" color="secondary" label="AI-generated" />
          {message.provider && (
            <Typography variant="caption" color="textSecondary">
              answered by {message.provider}
            </Typography>
          )}
          {streaming && (
            <Typography variant="caption" color="textSecondary">
              writing…
            </Typography>
          )}
        </Box>
        {message.error ? <Alert severity="error">{message.error}</Alert> : <MarkdownContent content={message.text || ' '} linkTarget="_self" />}
        {message.tools.length > 0 && (
          <Typography variant="caption" color="textSecondary" component="p">
            Looked up with: {message.tools.join(', ')}
          </Typography>
        )}
        {message.citations.length > 0 && (
          <Box mt={1}>
            <Typography variant="subtitle2">Sources</Typography>
            <ul aria-label="Sources" style={{ margin: 0 }}>
              {message.citations.map(c => (
                <li key={c.url}>
                  <Link to={c.url}>{c.title}</Link>
                </li>
              ))}
            </ul>
          </Box>
        )}
      </Paper>
    </Box>
  );
}
