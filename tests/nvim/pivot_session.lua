-- Drive the Pivot language server from a real Neovim (0.11), headless:
--   nvim --headless --clean -l pivot_session.lua PYTHON SERVER_SCRIPT MODEL_FILE RESULT_JSON [MODE]
-- MODE is the server's diagnosticMode: auto (Neovim 0.11 can pull, so pull), push or pull.
-- Opens the model, waits for diagnostics, hovers, applies "Migrate `Net` to TensorFlow" through
-- vim.lsp.buf.code_action (list -> resolve -> apply, as a user would), and writes what it saw as JSON.
local python, server, file, result_path = _G.arg[1], _G.arg[2], _G.arg[3], _G.arg[4]
local mode = _G.arg[5] or 'auto'
local out = { steps = {} }

local function finish()
  vim.fn.writefile({ vim.json.encode(out) }, result_path)
  vim.cmd('qall!')
end

local function step(name, ok)
  table.insert(out.steps, name .. (ok and ' ok' or ' FAILED'))
  if not ok then
    finish()
  end
end

vim.cmd.edit(vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'python'
local client_id = vim.lsp.start({
  name = 'pivot',
  cmd = { python, server },
  root_dir = vim.fs.dirname(file),
  init_options = { debounceMs = 20, diagnosticMode = mode },
})
step('start', client_id ~= nil)
local client = vim.lsp.get_client_by_id(client_id)
step('initialized', vim.wait(30000, function() return client.initialized end, 20))
out.diagnostic_mode = client.server_capabilities.diagnosticProvider and 'pull' or 'push'

-- Diagnostics (pulled or pushed, whichever this Neovim and the server agreed on).
step('diagnostics', vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20))
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, { code = d.code, source = d.source, lnum = d.lnum, col = d.col,
                                  severity = d.severity, message = d.message })
end

-- Hover on the first Conv2d.
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local conv_line, conv_col
for i, line in ipairs(lines) do
  local c = line:find('nn.Conv2d', 1, true)
  if c then conv_line, conv_col = i - 1, c + 2 break end
end
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = conv_line, character = conv_col } }
local hover = client:request_sync('textDocument/hover', params, 15000, buf)
step('hover', hover ~= nil and hover.err == nil and hover.result ~= nil)
out.hover = hover.result.contents.value

-- The code actions offered in Net, then the migration through the normal UI entry point.
local net_line
for i, line in ipairs(lines) do
  if line:find('^class Net') then net_line = i break end
end
vim.api.nvim_win_set_cursor(0, { net_line, 0 })
local listed = client:request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = net_line - 1, character = 0 }, ['end'] = { line = net_line - 1, character = 0 } },
  context = { diagnostics = {} },
}, 15000, buf)
step('code actions', listed ~= nil and listed.err == nil)
out.titles = vim.tbl_map(function(a) return a.title end, listed.result or {})

vim.lsp.buf.code_action({
  apply = true,
  filter = function(action) return action.title == 'Migrate `Net` to TensorFlow' end,
})
step('migrated', vim.wait(60000, function()
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n'):find('keras.Model', 1, true) ~= nil
end, 20))
out.buffer = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'

-- The server followed Neovim's incremental didChange notifications exactly.
step('server in sync', vim.wait(15000, function()
  local r = client:request_sync('workspace/executeCommand',
    { command = 'pivot.debug.text', arguments = { vim.uri_from_bufnr(buf) } }, 5000, buf)
  out.server_text = r and r.result
  return out.server_text == out.buffer
end, 100))
out.after_diagnostics = #vim.diagnostic.get(buf)
vim.cmd('silent write')
client:stop()
finish()
