//! Files in and out of the browser: downloads made from text, and chosen files read as text.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::exchange::MAX_IMPORT_BYTES;

/// Why a file could not be written or read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("The browser could not create the download.")]
    Download,
    #[error("The file is too large ({0} bytes). Buy-in Check files are at most {MAX_IMPORT_BYTES} bytes.")]
    TooLarge(u64),
    #[error("The file could not be read.")]
    Read,
    #[error("The file is not plain text: it holds bytes that are not valid UTF-8, so it is damaged or not a Buy-in Check file.")]
    NotText,
}

/// Offers `content` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), FileError> {
    let window = web_sys::window().ok_or(FileError::Download)?;
    let document = window.document().ok_or(FileError::Download)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileError::Download)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| FileError::Download)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| FileError::Download)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Free the object URL once the browser has had time to start the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// Reads a chosen file as text, refusing oversized files before reading them.
///
/// Decoded strictly: a file with bytes that are not UTF-8 is refused, rather than read
/// with replacement characters that would quietly change names and notes.
pub async fn read_text(file: web_sys::File) -> Result<String, FileError> {
    let size = file.size() as u64;
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(FileError::TooLarge(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Read)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    decode_utf8(bytes)
}

/// Strict UTF-8, without a leading byte-order mark (which spreadsheet tools add).
fn decode_utf8(bytes: Vec<u8>) -> Result<String, FileError> {
    let text = String::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}
